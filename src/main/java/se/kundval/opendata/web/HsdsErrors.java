package se.kundval.opendata.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure of the open-data API as a short JSON error, never a stack trace or an HTML page. */
@RestControllerAdvice(assignableTypes = HsdsController.class)
class HsdsErrors {

    private static final Logger log = LoggerFactory.getLogger(HsdsErrors.class);

    static ResponseEntity<Object> error(HttpStatus status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", status.value());
        body.put("title", status.getReasonPhrase());
        body.put("message", message);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    @ExceptionHandler(HsdsProblem.class)
    ResponseEntity<Object> problem(HsdsProblem problem) {
        return error(problem.status(), problem.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Open-data API request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "The request could not be answered. Try again later.");
    }
}
