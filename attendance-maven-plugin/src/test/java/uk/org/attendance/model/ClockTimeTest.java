package uk.org.attendance.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time spellings schools really use are read consistently; impossible ones are refused. */
class ClockTimeTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "09:15, 09:15",
    "9:15, 09:15",
    "09.15, 09:15",
    "9.15am, 09:15",
    "9:15 am, 09:15",
    "9.15 AM, 09:15",
    "3.20pm, 15:20",
    "12:00pm, 12:00",
    "12.30am, 00:30",
    "1pm, 13:00",
    "9 a.m., 09:00",
    "13:10, 13:10",
    "00:00, 00:00",
    "23:59, 23:59"
  })
  void readsEverySpellingSchoolsUse(String written, String iso) {
    assertEquals(iso, ClockTime.parse(written).iso());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      25:61    | '25:61' is not a real time: hours run from 00 to 23
      09:60    | '09:60' is not a real time: minutes run from 00 to 59
      13.15pm  | '13.15pm' is not a real time: with am or pm, the hour runs from 1 to 12
      0am      | '0am' is not a real time: with am or pm, the hour runs from 1 to 12
      9        | '9' is not a time: write it as 08:45 (24-hour) or 8:45am
      quarter past nine | 'quarter past nine' is not a time: write it as 08:45 (24-hour) or 8:45am
      9:5      | '9:5' is not a time: write it as 08:45 (24-hour) or 8:45am
      """)
  void refusesImpossibleTimesWithTheReason(String written, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ClockTime.parse(written));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"08:50, 09:20, 30", "13:00, 13:10, 10", "09:20, 08:50, -30"})
  void measuresMinutesBetweenTimes(String from, String to, int minutes) {
    assertEquals(minutes, ClockTime.parse(from).minutesUntil(ClockTime.parse(to)));
  }
}
