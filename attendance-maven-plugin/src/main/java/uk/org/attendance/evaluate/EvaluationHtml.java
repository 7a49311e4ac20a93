package uk.org.attendance.evaluate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.files.Hashes;
import uk.org.attendance.report.CsvCells;
import uk.org.attendance.text.Markup;

/**
 * evaluation.html: one self-contained page for the attendance officer. Every piece of text from the
 * register, the letters log or the rules is escaped, and text that begins like a spreadsheet
 * formula is shown with a leading {@code '} (the page may be opened in, or pasted into, Excel). The
 * pupils' table sorts by any column with a few lines of inline script that need no network; a
 * Content-Security-Policy allows only that script and the page's own style, so nothing else can run
 * or load even if it got in. Accessible: {@code lang="en-GB"}, a viewport, one {@code <main>},
 * tables with captions and header scopes, sort buttons that say their state with {@code aria-sort},
 * and each pupil's evidence in a {@code <details>} element.
 */
final class EvaluationHtml {

  /** The sorter: sorts the rows of the table a heading's button is in, by that column. */
  static final String SCRIPT =
      """
      document.querySelectorAll('table.sortable th button').forEach(function (b) {
        b.addEventListener('click', function () {
          var th = b.parentNode, row = th.parentNode, table = row.closest('table'), body = table.tBodies[0];
          var col = Array.prototype.indexOf.call(row.children, th), num = th.dataset.type === 'number';
          var up = th.getAttribute('aria-sort') !== 'ascending';
          row.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
          th.setAttribute('aria-sort', up ? 'ascending' : 'descending');
          var key = function (tr) {
            var c = tr.children[col], v = c.dataset.sort !== undefined ? c.dataset.sort : c.textContent;
            return num ? (v === '' ? -1 : parseFloat(v)) : v.toLowerCase();
          };
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = key(a), y = key(b), d = x < y ? -1 : x > y ? 1 : 0;
            return up ? d : -d;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
      """;

  static final String STYLE =
      """
      body { font-family: system-ui, sans-serif; margin: 1rem; color: #111; background: #fff; }
      main { max-width: 100%; }
      table { border-collapse: collapse; margin: 1rem 0; }
      caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
      th, td { border: 1px solid #999; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; mso-number-format: "\\@"; }
      thead th { background: #eee; }
      th button { font: inherit; font-weight: bold; background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; }
      th[aria-sort=ascending] button::after { content: " \\25B2"; }
      th[aria-sort=descending] button::after { content: " \\25BC"; }
      td.n { text-align: right; }
      .due { font-weight: bold; }
      details ul { margin: 0.25rem 0; padding-left: 1.25rem; }
      """;

  private EvaluationHtml() {}

  static String write(Evaluation e) {
    Evaluator.Result r = e.result();
    StringBuilder b = new StringBuilder(1 << 16);
    String school =
        e.rules().schoolName().isBlank() ? e.rules().schoolId() : e.rules().schoolName();
    b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src '")
        .append(hash(STYLE))
        .append("'; script-src '")
        .append(hash(SCRIPT))
        .append("'\">\n")
        .append("<title>Attendance evaluation: ")
        .append(Markup.escape(school))
        .append("</title>\n")
        .append("<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>Attendance evaluation: ")
        .append(Markup.escape(school))
        .append("</h1>\n");
    b.append("<p>");
    if (r.asOf() != null) {
      b.append("Register from ")
          .append(Words.day(r.firstDay()))
          .append(" to ")
          .append(Words.day(r.asOf()))
          .append(" (")
          .append(Problems.plural(r.schoolDays(), "school day"))
          .append("), read as ")
          .append(Markup.escape(e.register().layout()))
          .append(". ");
    }
    b.append("Rules from rules.json, policy version ")
        .append(Markup.escape(e.rules().contentHash()))
        .append('.');
    if (r.since() != null) {
      b.append(" &ldquo;New&rdquo; means it became due on or after ")
          .append(Words.day(r.since()))
          .append('.');
    }
    b.append("</p>\n");

    GroupSummary all = e.groups().get(0);
    b.append("<h2>Summary</h2>\n<ul>\n")
        .append("<li>")
        .append(Problems.plural(all.pupils(), "pupil"))
        .append(", attendance ")
        .append(percent(all.attendancePercent()))
        .append("</li>\n")
        .append("<li>")
        .append(all.persistent())
        .append(" persistently absent, ")
        .append(all.severe())
        .append(" severely absent</li>\n")
        .append("<li>")
        .append(all.threshold())
        .append(" at the national penalty threshold</li>\n")
        .append("<li>")
        .append(Problems.plural(all.lettersDue(), "letter"))
        .append(" due")
        .append(r.since() == null ? "" : " (" + all.newLettersDue() + " new)")
        .append(", ")
        .append(Problems.plural(all.actionsDue(), "stage action"))
        .append(" due</li>\n</ul>\n");
    groups(b, e.groups());
    quality(b, e, r);
    judgements(b, r.judgements());
    pupils(b, r.pupils());
    b.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void groups(StringBuilder b, List<GroupSummary> groups) {
    b.append(
        "<table class=\"sortable\">\n<caption>Totals for the register and each group</caption>\n<thead><tr>");
    head(b, "Group", false);
    head(b, "Pupils", true);
    head(b, "Attendance %", true);
    head(b, "Persistently absent", true);
    head(b, "Severely absent", true);
    head(b, "At the threshold", true);
    head(b, "Letters due", true);
    head(b, "Actions due", true);
    b.append("</tr></thead>\n<tbody>\n");
    for (GroupSummary g : groups) {
      String name =
          g.kind().equals("all")
              ? "All pupils"
              : g.label().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                  + g.label().substring(1);
      b.append("<tr><th scope=\"row\">").append(Markup.escape(name)).append("</th>");
      num(b, g.pupils());
      cell(b, percent(g.attendancePercent()), sort(g.attendancePercent()), true);
      num(b, g.persistent());
      num(b, g.severe());
      num(b, g.threshold());
      num(b, g.lettersDue());
      num(b, g.actionsDue());
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static void quality(StringBuilder b, Evaluation e, Evaluator.Result r) {
    Rejections rows = e.register().rejected();
    if (rows.count() > 0) {
      b.append("<h2>Rows left out of the register</h2>\n<p>")
          .append(Problems.plural(rows.count(), "row"))
          .append(" could not be used and were not counted");
      b.append(
              rows.count() > rows.first().size() ? "; the first " + rows.first().size() + ":" : ":")
          .append("</p>\n<ul>\n");
      for (Rejections.Rejection x : rows.first()) {
        b.append("<li>Line ")
            .append(x.line())
            .append(", column ")
            .append(x.column())
            .append(": ")
            .append(Markup.escape(CsvCells.neutralised(x.message())))
            .append("</li>\n");
      }
      b.append("</ul>\n");
    }
    if (r.quality().count() > 0) {
      b.append("<h2>Data to check</h2>\n<ul>\n");
      for (Map.Entry<String, Integer> k : r.quality().pupilsByKind().entrySet()) {
        b.append("<li>")
            .append(Problems.plural(k.getValue(), "pupil"))
            .append(' ')
            .append(Markup.escape(DataQuality.KINDS.getOrDefault(k.getKey(), k.getKey())))
            .append("</li>\n");
      }
      b.append("</ul>\n<p>Each pupil's are under &ldquo;Why&rdquo; in the table below.</p>\n");
    }
    if (!r.notes().isEmpty()) {
      b.append("<h2>Notes</h2>\n<ul>\n");
      for (Diagnostic d : r.notes()) {
        b.append("<li>").append(Markup.escape(d.message())).append("</li>\n");
      }
      b.append("</ul>\n");
    }
  }

  private static void judgements(StringBuilder b, List<JudgementStage> judgements) {
    if (judgements.isEmpty()) {
      return;
    }
    b.append(
        "<h2>Stages left to the school</h2>\n<p>These stages are a judgement, so the register alone cannot say who has"
            + " reached them:</p>\n<ul>\n");
    for (JudgementStage j : judgements) {
      b.append("<li>")
          .append(Markup.escape(j.flow()))
          .append('/')
          .append(Markup.escape(j.stage()))
          .append(": ")
          .append(Markup.escape(j.title()))
          .append(" &ndash; ")
          .append(Markup.escape(j.trigger()))
          .append(" (")
          .append(Markup.escape(j.why()))
          .append(")</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void pupils(StringBuilder b, List<Evaluator.PupilResult> pupils) {
    b.append(
            "<h2>Pupils</h2>\n<p>Select a column heading to sort by it; select it again to reverse. Open &ldquo;Why&rdquo;"
                + " for the evidence behind each decision.</p>\n<table class=\"sortable\" id=\"pupils\">\n<caption>Every pupil (")
        .append(pupils.size())
        .append(")</caption>\n<thead><tr>");
    head(b, "Pupil", false);
    head(b, "Name", false);
    head(b, "Year group", false);
    head(b, "Registration group", false);
    head(b, "Attendance %", true);
    head(b, "Possible sessions", true);
    head(b, "Persistently absent", false);
    head(b, "Severely absent", false);
    head(b, "Threshold met on", false);
    head(b, "Band", false);
    head(b, "Stages reached", false);
    head(b, "Letters due", false);
    head(b, "Actions due", false);
    head(b, "Data warnings", true);
    b.append("<th scope=\"col\">Why</th></tr></thead>\n<tbody>\n");
    for (Evaluator.PupilResult p : pupils) {
      b.append("<tr><th scope=\"row\">")
          .append(Markup.escape(CsvCells.neutralised(p.pupil())))
          .append("</th>");
      cell(b, CsvCells.neutralised(p.name()), null, false);
      cell(b, CsvCells.neutralised(p.yearGroup()), null, false);
      cell(b, CsvCells.neutralised(p.registrationGroup()), null, false);
      cell(b, percent(p.attendancePercent()), sort(p.attendancePercent()), true);
      num(b, p.possible());
      cell(b, p.persistent() ? "Yes" : "No", null, false);
      cell(b, p.severe() ? "Yes" : "No", null, false);
      cell(
          b,
          p.thresholdMetOn() == null ? "" : Words.day(p.thresholdMetOn()),
          date(p.thresholdMetOn()),
          false);
      cell(b, CsvCells.neutralised(p.band()), null, false);
      cell(b, CsvCells.neutralised(p.stage()), null, false);
      b.append("<td class=\"due\">")
          .append(Markup.escape(CsvCells.neutralised(p.letterDue())))
          .append("</td>");
      cell(
          b,
          CsvCells.neutralised(
              String.join("; ", p.actionsDue().stream().map(StageResult::path).toList())),
          null,
          false);
      num(b, p.warnings().size());
      b.append("<td>");
      why(b, p);
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private static void why(StringBuilder b, Evaluator.PupilResult p) {
    if (p.stages().isEmpty() && p.thresholdMetOn() == null && p.warnings().isEmpty()) {
      b.append(p.possible() == 0 ? "No possible sessions" : "Nothing reached");
      return;
    }
    b.append("<details><summary>Why</summary><ul>");
    if (p.thresholdMetOn() != null) {
      b.append("<li>National penalty threshold met on ")
          .append(Words.day(p.thresholdMetOn()))
          .append(": ")
          .append(Markup.escape(EvaluationCsv.evidence(p.thresholdEvidence())))
          .append("</li>");
    }
    for (StageResult s : p.stages()) {
      b.append("<li>")
          .append(Markup.escape(CsvCells.neutralised(s.flowchartTitle())))
          .append(": ")
          .append(Markup.escape(s.title()))
          .append(" (")
          .append(Markup.escape(s.trigger()))
          .append("), since ")
          .append(Words.day(s.reachedOn()))
          .append(s.isNew() ? ", new" : "")
          .append(". ");
      if (s.letter() != null) {
        b.append("Letter ")
            .append(Markup.escape(s.letterTitle()))
            .append(": ")
            .append(
                switch (s.status()) {
                  case DUE -> "<strong>due</strong>";
                  case SENT -> "sent on " + Words.day(s.letterSentOn());
                  case SUPERSEDED -> "not needed (a later stage's letter is sent instead)";
                  case NONE -> "";
                })
            .append(". ");
      }
      if (s.actionDue() && !s.actions().isEmpty()) {
        b.append("To do: ").append(Markup.escape(String.join(" ", s.actions())));
        if (s.owner() != null) {
          b.append(" (").append(Markup.escape(s.owner())).append(')');
        }
        b.append(". ");
      }
      b.append("Evidence: ")
          .append(Markup.escape(EvaluationCsv.evidence(s.evidence())))
          .append("</li>");
    }
    for (Diagnostic w : p.warnings()) {
      b.append("<li>To check: ").append(Markup.escape(w.message())).append("</li>");
    }
    b.append("</ul></details>");
  }

  private static void head(StringBuilder b, String label, boolean number) {
    b.append("<th scope=\"col\"")
        .append(number ? " data-type=\"number\"" : "")
        .append("><button type=\"button\">")
        .append(Markup.escape(label))
        .append("</button></th>");
  }

  private static void num(StringBuilder b, long n) {
    b.append("<td class=\"n\">").append(n).append("</td>");
  }

  private static void cell(StringBuilder b, String value, String sortKey, boolean number) {
    b.append("<td").append(number ? " class=\"n\"" : "");
    if (sortKey != null) {
      b.append(" data-sort=\"").append(Markup.escape(sortKey)).append('"');
    }
    b.append('>').append(Markup.escape(value)).append("</td>");
  }

  private static String percent(BigDecimal p) {
    return p == null ? "" : p.toPlainString() + "%";
  }

  private static String sort(BigDecimal p) {
    return p == null ? "" : p.toPlainString();
  }

  private static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** The Content-Security-Policy source for an inline script or style: its SHA-256. */
  static String hash(String text) {
    return "sha256-"
        + Base64.getEncoder().encodeToString(Hashes.digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
