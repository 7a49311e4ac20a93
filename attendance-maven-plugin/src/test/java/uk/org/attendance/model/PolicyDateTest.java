package uk.org.attendance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Policy dates: exact days, months and terms, each as the range of days it can mean. */
class PolicyDateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024-10-03, 2024-10-03, 2024-10-03, DAY",
    "July 2025, 2025-07-01, 2025-07-31, MONTH",
    "february 2024, 2024-02-01, 2024-02-29, MONTH",
    "Autumn 2025, 2025-09-01, 2025-12-31, TERM",
    "Spring 2026, 2026-01-01, 2026-03-31, TERM",
    "summer 2026, 2026-04-01, 2026-08-31, TERM"
  })
  void readsDaysMonthsAndTerms(
      String text, LocalDate earliest, LocalDate latest, PolicyDate.Precision p) {
    PolicyDate d = PolicyDate.parse(text);
    assertEquals(earliest, d.earliest());
    assertEquals(latest, d.latest());
    assertEquals(p, d.precision());
    assertEquals(text, d.text());
  }

  @Test
  void refusesDatesThatAreNotInTheCalendar() {
    assertEquals(
        "'2025-02-30' is not a real date in the calendar",
        assertThrows(IllegalArgumentException.class, () -> PolicyDate.parse("2025-02-30"))
            .getMessage());
  }

  @Test
  void refusesTextThatIsNotADate() {
    assertEquals(
        "'Annual review' is not a date: write a day as 2025-10-14, a month as July 2025,"
            + " or a term as Autumn 2025",
        assertThrows(IllegalArgumentException.class, () -> PolicyDate.parse("Annual review"))
            .getMessage());
  }
}
