package uk.org.attendance.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.org.attendance.check.Reporter;
import uk.org.attendance.check.Rule.CheckContext;
import uk.org.attendance.check.SchoolText;
import uk.org.attendance.diagnostic.Hints;
import uk.org.attendance.model.ClockTime;
import uk.org.attendance.model.PupilGroup;
import uk.org.attendance.model.Register;
import uk.org.attendance.model.ResolvedSchool;
import uk.org.attendance.model.SourceRef;
import uk.org.attendance.text.Times;

/**
 * Compares the times a school's text states with its own timings: a stated time is checked against
 * the same time of the same session, for the pupil group the sentence names (or every group, if it
 * names none). A difference is a contradiction, reported at the sentence with the place of the
 * timing it contradicts.
 */
final class StatedTimes {

  private StatedTimes() {}

  /** A timing of the school's, and where it is set. */
  record Field(ClockTime time, SourceRef at) {}

  static void check(
      ResolvedSchool school, CheckContext context, Reporter out, List<Times.Role> roles) {
    List<PupilGroup> groups =
        school.model().schoolDay() == null ? List.of() : school.model().schoolDay().groups();
    for (SchoolText.Sentence s : SchoolText.sentences(school)) {
      if (s.pointer().startsWith("/schoolDay/")
          || s.pointer().startsWith("/absenceReporting/deadline")) {
        continue;
      }
      List<Integer> named = null; // the groups the sentence names, found once it states a time
      for (Times.Statement st : s.times()) {
        if (!roles.contains(st.role())) {
          continue;
        }
        if (named == null) {
          named = named(groups, s.text());
        }
        List<Field> fields = fields(school, groups, named, st);
        if (fields.isEmpty() || fields.stream().anyMatch(f -> f.time().equals(st.time()))) {
          continue;
        }
        SourceRef here = s.at(st.start());
        Field first = fields.get(0);
        String elsewhere =
            context.document()
                ? "the policy gives "
                    + first.time().iso()
                    + Phrases.place(context, here, first.at()).replaceAll("^ \\((.*)\\)$", " at $1")
                    + ": "
                : "";
        if (st.role() == Times.Role.REGISTER_CLOSES) {
          // The wording ATT020 has always used: every closing time the school has.
          String all =
              allCloses(school, groups).stream()
                  .map(ClockTime::iso)
                  .distinct()
                  .reduce((a, b) -> a + " and " + b)
                  .orElse("");
          out.report(
              here,
              "this text says the register closes at "
                  + st.written()
                  + ", but the school's register closes at "
                  + all,
              Hints.oneClosingTime(
                  context.document(),
                  elsewhere,
                  Phrases.place(context, here, first.at())
                      .replaceAll("^ \\((.*)\\)$", " (set at $1)")));
          continue;
        }
        String session =
            st.role() == Times.Role.REGISTER_CLOSES || st.role() == Times.Role.REGISTER_OPENS
                ? (st.session() == Times.Session.AFTERNOON
                        ? "the afternoon register"
                        : "the morning register")
                    + (st.role() == Times.Role.REGISTER_CLOSES ? " closes" : " opens")
                : st.role().words();
        String known =
            fields.stream()
                .map(f -> f.time().iso())
                .distinct()
                .reduce((a, b) -> a + " and " + b)
                .orElse("");
        out.report(
            here,
            "this text says "
                + session
                + (st.role() == Times.Role.REPORTING_DEADLINE ? " " : " at ")
                + st.written()
                + ", but the policy's times say "
                + known
                + Phrases.place(context, here, first.at()),
            Hints.oneTime(context.document(), key(st.role())));
      }
    }
  }

  private static List<ClockTime> allCloses(ResolvedSchool school, List<PupilGroup> groups) {
    List<ClockTime> out = new ArrayList<>();
    for (PupilGroup g : groups) {
      for (Register r : java.util.Arrays.asList(g.morningRegister(), g.afternoonRegister())) {
        if (r != null && r.closes() != null && !out.contains(r.closes())) {
          out.add(r.closes());
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static String key(Times.Role role) {
    return role == Times.Role.REPORTING_DEADLINE ? "absenceReporting" : "schoolDay";
  }

  /**
   * The places of the pupil groups a sentence names (other than "all pupils"), read once per
   * sentence: a sentence may state many times, and lower-casing it for each made a long one cost
   * time growing with the square of its length.
   */
  private static List<Integer> named(List<PupilGroup> groups, String sentence) {
    List<Integer> named = new ArrayList<>();
    String lower = sentence.toLowerCase(Locale.ROOT);
    for (int i = 0; i < groups.size(); i++) {
      String name =
          groups.get(i).name() == null ? "" : groups.get(i).name().toLowerCase(Locale.ROOT);
      if (!name.isBlank() && !"all pupils".equals(name) && lower.contains(name)) {
        named.add(i);
      }
    }
    return named;
  }

  /** The times the school gives for a statement's role, in the groups named (or every group). */
  private static List<Field> fields(
      ResolvedSchool school, List<PupilGroup> groups, List<Integer> named, Times.Statement st) {
    List<Field> out = new ArrayList<>();
    if (st.role() == Times.Role.REPORTING_DEADLINE) {
      if (school.model().absenceReporting() != null
          && school.model().absenceReporting().deadline() != null) {
        out.add(
            new Field(
                school.model().absenceReporting().deadline(),
                school.at("/absenceReporting/deadline")));
      }
      return out;
    }
    for (int i = 0; i < groups.size(); i++) {
      if (!named.isEmpty() && !named.contains(i)) {
        continue;
      }
      PupilGroup g = groups.get(i);
      String p = "/schoolDay/groups/" + i;
      boolean pm = st.session() == Times.Session.AFTERNOON;
      Register r = pm ? g.afternoonRegister() : g.morningRegister();
      String rp = p + (pm ? "/afternoonRegister" : "/morningRegister");
      switch (st.role()) {
        case REGISTER_CLOSES:
          add(out, r == null ? null : r.closes(), school, rp + "/closes");
          break;
        case REGISTER_OPENS:
          add(out, r == null ? null : r.opens(), school, rp + "/opens");
          break;
        case GATES_OPEN:
          add(out, g.gatesOpen(), school, p + "/gatesOpen");
          break;
        case DAY_ENDS:
          add(out, g.endOfDay(), school, p + "/endOfDay");
          break;
        default:
          break;
      }
    }
    return out;
  }

  /**
   * Adds a time the school gives, located where it is written; a time it does not give is left out.
   */
  private static void add(List<Field> out, ClockTime t, ResolvedSchool school, String pointer) {
    if (t != null) {
      out.add(new Field(t, school.at(pointer)));
    }
  }
}
