package org.catalyse.orientation;

import java.util.List;

/** A personal path in three stages: s'informer, se former, agir. */
public record Path(List<Stage> stages) {

    /** One stage and its suggestions, best first. */
    public record Stage(String stage, List<Item> items) {}

    /** One suggestion and why it is there. */
    public record Item(String type, String id, String title, String url, double score, List<Reason> reasons) {

        public List<String> why() {
            return reasons.stream().map(Reason::why).toList();
        }
    }
}
