package uk.org.attendance.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.org.attendance.model.Letter;

/** The standard letters a school without its own gets: read as the schema spells them. */
class DefaultLettersTest {

  @Test
  void readsTheSigningRoleAsTheSchemaSpellsIt() {
    List<Letter> letters = DefaultLetters.load();
    assertFalse(letters.isEmpty());
    assertEquals(
        List.of(
            "attendance-concern",
            "persistent-absence",
            "lateness",
            "leave-refused",
            "leave-granted"),
        letters.stream().map(Letter::id).toList());
    for (Letter l : letters) {
      assertEquals(Letter.Signer.HEADTEACHER, l.signedBy(), l.id());
    }
  }
}
