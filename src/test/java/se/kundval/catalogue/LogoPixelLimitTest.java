package se.kundval.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.kundval.identity.TestLogins;
import se.kundval.register.Delivery;
import se.kundval.shared.IntegrationTest;
import se.kundval.shared.InvalidInputException;

/**
 * A small file may describe a huge picture (a PNG of a few hundred bytes can say 50000 × 50000,
 * gigabytes once decoded): a logo's width and height are read from its header, and one above the
 * limit is refused before a single pixel is decoded.
 */
@IntegrationTest
class LogoPixelLimitTest {

    private static final String OMSORGSGRUPPEN = "556677-8899";

    @Autowired
    ListingService listings;

    @Autowired
    CatalogueTestData data;

    @Test
    void aPictureWiderThanTheLimitIsRefusedFromItsHeaderAndNothingIsStored() throws IOException {
        String type = data.serviceType(Delivery.HOME);
        String code = data.anOffering()
                .ofType(type)
                .byExistingProvider(OMSORGSGRUPPEN)
                .unit("Logga " + type)
                .create();
        TestLogins.provider(OMSORGSGRUPPEN);
        byte[] wide = png(ListingService.MAX_LOGO_PIXELS_PER_SIDE + 1, 1);
        assertThat(wide.length).as("a small file").isLessThan(2_000);

        assertThatThrownBy(() -> listings.setLogo(code, wide))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("logo", "provider.listing.logo.dimensions"));
        assertThat(ListingService.withinPixelLimit(png(1, ListingService.MAX_LOGO_PIXELS_PER_SIDE + 1)))
                .isFalse();
        assertThat(listings.publicLogo(code)).isEmpty();

        listings.setLogo(code, png(ListingService.MAX_LOGO_PIXELS_PER_SIDE, 1));
        assertThat(listings.publicLogo(code))
                .as("a picture at the limit is taken")
                .isPresent();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png", out);
        return out.toByteArray();
    }
}
