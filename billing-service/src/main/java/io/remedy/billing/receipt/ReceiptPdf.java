package io.remedy.billing.receipt;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders a receipt: the Qute template {@code ReceiptPdf/receipt.html} (XHTML with its own print stylesheet) laid
 * out as PDF by openhtmltopdf on PDFBox. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class ReceiptPdf {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance receipt(Receipt receipt);
    }

    /** The receipt as a PDF document. */
    public byte[] render(Receipt receipt) {
        String html = Templates.receipt(receipt).render();
        try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(pdf);
            builder.run();
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A receipt could not be rendered", e);
        }
    }
}
