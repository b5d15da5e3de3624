package se.kundval.commission.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.ElementRequestHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.kundval.catalogue.QualityImportService;
import se.kundval.identity.TestLogins;
import se.kundval.ui.ViewTest;

/**
 * An oversized body sent straight to an upload's address (not through the browser component,
 * which knows the limit) is cut off by the server while it streams in: a body that never ends is
 * read only to the limit plus one byte, nothing of it is kept, the page says the file is too large
 * next to the upload, and the next (proper) file is checked as usual.
 */
class OversizedUploadTest extends ViewTest {

    @BeforeEach
    void logIn() {
        TestLogins.commissioner("upload-test");
    }

    @Test
    void aBodyThatNeverEndsIsReadOnlyToTheLimitAndTheFormStaysUsable() throws Exception {
        navigate(QualityImportView.class);
        Upload upload = find(Upload.class).single();
        UploadHandler handler = handlerOf(upload);
        AtomicLong read = new AtomicLong();
        long heapBefore = usedHeap();

        // A chunked body (no declared length) that would go on for ever.
        handler.handleUploadRequest(event(upload, endless(read), -1));

        assertThat(read.get())
                .as("bytes read from a body without end")
                .isLessThanOrEqualTo(QualityImportService.MAX_FILE_BYTES + 1L);
        assertThat(usedHeap() - heapBefore)
                .as("heap growth for the refused upload")
                .isLessThan(64L * 1024 * 1024);
        assertThat(status()).isEqualTo("Filen är för stor. Den får vara högst 5 MB.");

        // A body declared too large is refused without reading a byte.
        AtomicLong readDeclared = new AtomicLong();
        handler.handleUploadRequest(event(upload, endless(readDeclared), 400L * 1024 * 1024));
        assertThat(readDeclared.get()).isZero();

        // The form still works: a proper file is checked and reported on.
        byte[] csv = "orgnr;serviceType;indicator;year;value;respondents;source\n".getBytes(StandardCharsets.UTF_8);
        handler.handleUploadRequest(event(upload, new ByteArrayInputStream(csv), csv.length));
        assertThat(find(H2.class).withText("Kontroll av filen").exists()).isTrue();
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static UploadHandler handlerOf(Upload upload) throws Exception {
        String target = upload.getElement().getAttribute("target");
        ElementRequestHandler handler = UI.getCurrent()
                .getSession()
                .getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, new URI(target))
                .map(StreamResourceRegistry.ElementStreamResource::getElementRequestHandler)
                .orElseThrow();
        return (UploadHandler) handler;
    }

    private static UploadEvent event(Upload upload, InputStream body, long declaredLength) throws Exception {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getInputStream()).thenReturn(body);
        when(request.getContentLengthLong()).thenReturn(declaredLength);
        return new UploadEvent(
                request,
                mock(VaadinResponse.class),
                UI.getCurrent().getSession(),
                "kvalitet.csv",
                declaredLength,
                "text/csv",
                upload.getElement(),
                null);
    }

    /** A stream of zeros without end, counting what is read from it. */
    private static InputStream endless(AtomicLong read) {
        return new InputStream() {
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
        };
    }
}
