package org.catalyse.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page and the site's static pages (API, accessibility, about). */
@Controller
class HomePage {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/api")
    String api() {
        return "api";
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/a-propos")
    String about() {
        return "about";
    }
}
