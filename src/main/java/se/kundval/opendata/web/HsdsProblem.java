package se.kundval.opendata.web;

import org.springframework.http.HttpStatus;

/** A request the API answers with a JSON error: a bad parameter (400) or an unknown id (404). */
class HsdsProblem extends RuntimeException {

    private final HttpStatus status;

    HsdsProblem(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static HsdsProblem badParameter(String name, String expected) {
        return new HsdsProblem(HttpStatus.BAD_REQUEST, "Parameter '" + name + "': " + expected + ".");
    }

    static HsdsProblem notFound(String what) {
        return new HsdsProblem(HttpStatus.NOT_FOUND, "No " + what + " with this id.");
    }

    HttpStatus status() {
        return status;
    }
}
