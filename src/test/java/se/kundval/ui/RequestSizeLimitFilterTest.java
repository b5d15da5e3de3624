package se.kundval.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The backstop for every address: a body declared larger than the cap is answered 413 without a
 * byte read; a body of undeclared length (chunked) fails as soon as it passes the cap.
 */
class RequestSizeLimitFilterTest {

    private static final long CAP = 1024;

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(CAP);

    @Test
    void aDeclaredOversizedBodyIsRefusedUnread() throws Exception {
        AtomicLong read = new AtomicLong();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/1/x/upload") {
            @Override
            public long getContentLengthLong() {
                return 400L * 1024 * 1024;
            }

            @Override
            public ServletInputStream getInputStream() {
                return endless(read);
            }
        };
        AtomicBoolean reached = new AtomicBoolean();
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, (req, res) -> reached.set(true));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(reached).isFalse();
        assertThat(read.get()).isZero();
    }

    @Test
    void aChunkedBodyThatNeverEndsFailsAtTheCap() throws Exception {
        AtomicLong read = new AtomicLong();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public ServletInputStream getInputStream() {
                return endless(read);
            }
        };

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            InputStream in = req.getInputStream();
            byte[] buffer = new byte[100];
            assertThatThrownBy(() -> {
                        while (in.read(buffer, 0, buffer.length) >= 0) {
                            // an upload handler that would read for ever
                        }
                    })
                    .isInstanceOf(IOException.class);
        });

        assertThat(read.get()).isLessThanOrEqualTo(CAP + 100);
    }

    @Test
    void aBodyWithinTheCapPassesUntouched() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/upload");
        request.setContent(new byte[(int) CAP]);
        AtomicBoolean reached = new AtomicBoolean();

        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            reached.set(true);
            assertThat(req.getInputStream().readAllBytes()).hasSize((int) CAP);
        });

        assertThat(reached).isTrue();
    }

    private static ServletInputStream endless(AtomicLong read) {
        return new ServletInputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read.addAndGet(len);
                return len;
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {}
        };
    }
}
