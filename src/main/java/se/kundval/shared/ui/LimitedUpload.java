package se.kundval.shared.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload that the server cuts off at its size limit while it streams in: never more than
 * {@code limit + 1} bytes are read into memory, whatever the browser component was told and
 * whatever a client sends straight to the upload address. (Vaadin's {@code UploadHandler.inMemory}
 * copies the whole request body into the heap before anyone can look at its size.) A file over the
 * limit is rejected without reading the rest, and the page is told, so the form stays usable.
 */
public final class LimitedUpload implements UploadHandler {

    /** What to do with an accepted file; runs with the page's lock held. */
    @FunctionalInterface
    public interface Receiver extends java.io.Serializable {
        void received(UploadMetadata file, byte[] content);
    }

    private final long limit;
    private final Receiver receiver;
    private final SerializableRunnable tooLarge;

    /**
     * @param limit the largest file accepted, in bytes
     * @param receiver takes an accepted file (with the page's lock held)
     * @param tooLarge tells the person the file was too large (with the page's lock held)
     */
    public LimitedUpload(long limit, Receiver receiver, SerializableRunnable tooLarge) {
        this.limit = limit;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Optional<byte[]> content = event.getFileSize() > limit
                // The declared size already says no: not a byte is read.
                ? Optional.empty()
                : readAtMost(event.getInputStream(), limit);
        UI ui = event.getUI();
        if (content.isEmpty()) {
            event.reject("too large");
            ui.access(tooLarge::run);
            return;
        }
        UploadMetadata file = new UploadMetadata(event.getFileName(), event.getContentType(), content.get().length);
        ui.access(() -> receiver.received(file, content.get()));
    }

    /**
     * The stream's content if it holds at most {@code limit} bytes; empty (after reading at most
     * {@code limit + 1} bytes) if it holds more. The rest of the stream is left unread.
     */
    public static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 64 * 1024));
        byte[] buffer = new byte[8192];
        long total = 0;
        while (total <= limit) {
            int wanted = (int) Math.min(buffer.length, limit + 1 - total);
            int n = in.read(buffer, 0, wanted);
            if (n < 0) {
                return Optional.of(out.toByteArray());
            }
            total += n;
            if (total > limit) {
                return Optional.empty();
            }
            out.write(buffer, 0, n);
        }
        return Optional.empty();
    }

    /** Multipart uploads: the container stops parsing beyond these (before this handler runs). */
    @Override
    public long getFileSizeMax() {
        return limit;
    }

    @Override
    public long getRequestSizeMax() {
        // The file and its multipart headers.
        return limit + 64 * 1024;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
