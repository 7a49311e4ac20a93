package uk.org.attendance.audit;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.org.attendance.check.Finding;
import uk.org.attendance.check.RuleInfo;
import uk.org.attendance.diagnostic.Diagnostic;
import uk.org.attendance.diagnostic.Severity;
import uk.org.attendance.text.Markup;

/**
 * The audit as one web page a business manager can take to governors: for each policy, how many
 * problems, each with where it is (page and line, or paragraph), what is wrong, what to write
 * instead and the rule it comes from; what was recognised; and what an audit cannot see.
 * Self-contained (styles inline, no script, nothing fetched), and every text escaped.
 */
public final class AuditReport {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private AuditReport() {}

  /**
   * @param result the audit
   * @param base paths are shown relative to this folder
   * @param today the date the audit checked against
   * @return the HTML document
   */
  public static String html(Auditor.Result result, Path base, LocalDate today) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Attendance policy audit</title>\n<style>\n")
        .append(
            "body{font-family:Arial,Helvetica,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}\n")
        .append(
            "h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:2px solid #1d4f91}\n")
        .append(
            "table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #b1b4b6;padding:.4rem .5rem;")
        .append("vertical-align:top;text-align:left}th{background:#f3f2f1}\n")
        .append(
            ".error{color:#b10e1e;font-weight:bold}.warning{color:#8a4b00;font-weight:bold}.ok{color:#00703c;font-weight:bold}\n")
        .append(".small{font-size:.9rem;color:#505a5f}\n</style>\n</head>\n<body>\n");
    b.append("<h1>Attendance policy audit</h1>\n");
    b.append(
            "<p>Checked against the DfE attendance rules in force from 19 August 2024 (statutory guidance <em>Working")
        .append(" together to improve school attendance</em>, and the regulations) on ")
        .append(Markup.escape(today.format(DAY)))
        .append(
            ". Each problem says where it is in the policy, what is wrong, and what to write instead.</p>\n");
    b.append(
            "<table>\n<caption>Summary</caption>\n<thead><tr><th scope=\"col\">Policy</th><th scope=\"col\">Errors</th>")
        .append("<th scope=\"col\">Warnings</th></tr></thead>\n<tbody>\n");
    for (Auditor.Policy p : result.policies()) {
      long errors = count(p.findings(), Severity.ERROR);
      long warnings = count(p.findings(), Severity.WARNING);
      b.append("<tr><td>")
          .append(Markup.escape(Diagnostic.displayPath(p.file(), base)))
          .append("</td><td>")
          .append(errors)
          .append("</td><td>")
          .append(warnings)
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    for (Auditor.Policy p : result.policies()) {
      b.append("<h2>")
          .append(Markup.escape(Diagnostic.displayPath(p.file(), base)))
          .append("</h2>\n");
      if (p.findings().isEmpty()) {
        b.append("<p class=\"ok\">No problems found.</p>\n");
      } else {
        b.append("<table>\n<caption>Problems found in ")
            .append(Markup.escape(p.file().getFileName().toString()))
            .append(
                "</caption>\n<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Problem</th>")
            .append(
                "<th scope=\"col\">What to do</th><th scope=\"col\">Rule</th></tr></thead>\n<tbody>\n");
        for (Finding f : p.findings()) {
          Diagnostic d = f.diagnostic();
          String where = p.place(d.at());
          b.append("<tr><td>")
              .append(Markup.escape(where.isEmpty() ? "the whole policy" : where))
              .append("</td><td><span class=\"")
              .append(d.severity().label())
              .append("\">")
              .append(Markup.escape(d.severity() == Severity.ERROR ? "Error" : "Warning"))
              .append(":</span> ")
              .append(Markup.escape(capital(d.message())))
              .append(".</td><td>")
              .append(Markup.escape(d.hint() == null ? "" : capital(d.hint())))
              .append("</td><td>")
              .append(Markup.escape(d.ruleId()));
          RuleInfo info =
              result.rules().stream()
                  .filter(r -> r.id().equals(d.ruleId()))
                  .findFirst()
                  .orElse(null);
          if (info != null && !info.enforces().isEmpty()) {
            b.append("<br><span class=\"small\">")
                .append(Markup.escape(String.join(", ", info.enforces())))
                .append("</span>");
          }
          b.append("</td></tr>\n");
        }
        b.append("</tbody>\n</table>\n");
      }
      if (!p.facts().isEmpty()) {
        b.append("<details><summary>What the audit read in this policy</summary>\n<ul>\n");
        for (Map.Entry<String, String> e : p.facts().entrySet()) {
          b.append("<li>")
              .append(Markup.escape(e.getKey()))
              .append(": ")
              .append(Markup.escape(e.getValue()))
              .append("</li>\n");
        }
        b.append("</ul>\n</details>\n");
      }
    }
    b.append(
            "<h2>What an audit cannot see</h2>\n<p>An audit reads the words of a policy. It does not check letters, attendance")
        .append(" bands or merge fields, or whether the code table is complete (rules ")
        .append(
            Markup.escape(String.join(", ", Auditor.NOT_FOR_DOCUMENTS.stream().sorted().toList())))
        .append(
            "), and a statement written in an unusual way may be missed. A policy kept as a school file and checked with")
        .append(" <code>attendance:check</code> is checked in full.</p>\n</body>\n</html>\n");
    return b.toString();
  }

  private static long count(List<Finding> findings, Severity s) {
    return findings.stream().filter(f -> f.diagnostic().severity() == s).count();
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
