package uk.org.attendance.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import uk.org.attendance.files.Folders;
import uk.org.attendance.model.ResolvedSchool;

/**
 * A school's logo, read only from inside the schools folder (a link to an image elsewhere is
 * refused), as a data: URI the documents embed.
 */
public final class Logos {

  /** The largest logo accepted. */
  static final long MAX_BYTES = 2L * 1024 * 1024;

  private Logos() {}

  /**
   * @param s the school
   * @param schoolsRoot the schools folder: a logo must be inside it
   * @return the logo as a data: URI, or "" if the school names none
   * @throws RenderException (source "logo") if it is outside the folder or a link out of it,
   *     missing, too large or not an image
   */
  public static String dataUri(ResolvedSchool s, Path schoolsRoot) throws RenderException {
    String logo = s.model().school().logo();
    if (logo == null || logo.isBlank()) {
      return "";
    }
    Path declaredIn = s.at("/school/logo").file();
    Path file = declaredIn.toAbsolutePath().getParent().resolve(logo).normalize();
    Path root = schoolsRoot.toAbsolutePath().normalize();
    if (!file.startsWith(root)) {
      throw new RenderException(
          "logo",
          0,
          0,
          "the logo '"
              + logo
              + "' is outside the schools folder; put it inside "
              + root.getFileName());
    }
    try {
      if (!Files.isRegularFile(file)) {
        throw new RenderException("logo", 0, 0, "the logo '" + logo + "' does not exist");
      }
      if (!Folders.reallyContains(root, file)) {
        throw new RenderException(
            "logo",
            0,
            0,
            "the logo '"
                + logo
                + "' is a link to a file outside the schools folder;"
                + " put the image itself inside "
                + root.getFileName());
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new RenderException(
            "logo", 0, 0, "the logo '" + logo + "' is larger than 2 MB; save a smaller image");
      }
      byte[] bytes = Files.readAllBytes(file);
      String type = imageType(bytes);
      if (type == null) {
        throw new RenderException(
            "logo", 0, 0, "the logo '" + logo + "' is not a PNG or JPEG image");
      }
      return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    } catch (IOException e) {
      throw new RenderException(
          "logo", 0, 0, "the logo '" + logo + "' cannot be read: " + e.getMessage());
    }
  }

  private static String imageType(byte[] b) {
    if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return "image/png";
    }
    if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
      return "image/jpeg";
    }
    return null;
  }
}
