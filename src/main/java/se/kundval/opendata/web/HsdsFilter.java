package se.kundval.opendata.web;

import java.io.IOException;
import java.util.OptionalLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import se.kundval.opendata.internal.RateLimiter;

/**
 * The open-data API's behaviour as a public API, before anything else runs: any origin may read it
 * (CORS {@code *}, no credentials), only GET and HEAD, and at most so many requests per address and
 * minute (429 with Retry-After).
 */
class HsdsFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    HsdsFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + HsdsController.BASE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "ETag, Last-Modified, Retry-After");
        String method = request.getMethod();
        if ("OPTIONS".equals(method)) {
            response.setHeader("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Accept, If-None-Match, If-Modified-Since");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpStatus.NO_CONTENT.value());
            return;
        }
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            write(response, HttpStatus.METHOD_NOT_ALLOWED, "The open-data API is read-only: use GET.");
            return;
        }
        OptionalLong retryAfter = limiter.tryAcquire(request.getRemoteAddr());
        if (retryAfter.isPresent()) {
            response.setHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
            write(
                    response,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "More than " + limiter.limit() + " requests a minute from your address. Try again in "
                            + retryAfter.getAsLong() + " seconds.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static void write(HttpServletResponse response, HttpStatus status, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"error\":" + status.value() + ",\"title\":\"" + status.getReasonPhrase() + "\",\"message\":\""
                        + message.replace("\"", "'") + "\"}");
    }
}
