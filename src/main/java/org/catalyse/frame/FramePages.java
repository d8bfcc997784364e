package org.catalyse.frame;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The page "Référentiel": every axis of the frame with its values. */
@Controller
class FramePages {

    private final Frame frame;

    FramePages(Frame frame) {
        this.frame = frame;
    }

    @GetMapping("/referentiel")
    String frame(Model model) {
        model.addAttribute("frame", frame.current());
        return "frame/frame";
    }
}
