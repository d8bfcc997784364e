package org.catalyse.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Test-only pages that fail the way a bug would, to check what users see then. */
@Controller
class FailingPages {

    static final String INTERNAL_DETAIL = "connection pool exhausted at row 42";

    @GetMapping("/test-only/page-that-fails")
    String page() {
        throw new IllegalStateException(INTERNAL_DETAIL);
    }

    @GetMapping("/api/test-only/call-that-fails")
    @ResponseBody
    String api() {
        throw new IllegalStateException(INTERNAL_DETAIL);
    }
}
