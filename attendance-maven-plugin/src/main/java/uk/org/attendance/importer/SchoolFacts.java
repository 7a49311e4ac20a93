package uk.org.attendance.importer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.org.attendance.model.PolicyDate;
import uk.org.attendance.text.Dates;
import uk.org.attendance.text.Sentences;

/**
 * The school and its policy as the document names them: the school's name, what kind of school it
 * is and its phase where the document says, the local authority, the trust, and the policy's title,
 * model, dates, version and owner (from the cover's labelled lines or table, and sentences such as
 * "This policy received the full agreement of the Board of Trustees September 2024").
 */
final class SchoolFacts {

  private static final String WORD = "(?:[A-Z][\\w'\u2019.&-]*|of|and|the|de|on|in|upon|C of E)";
  private static final Pattern SCHOOL =
      Pattern.compile(
          "((?:The\\s+)?[A-Z][\\w'\u2019.&-]*(?:\\s+"
              + WORD
              + "){0,7}?\\s+(?:School|Academy|College))\\b");
  private static final Pattern SCHOOL_SUBJECT =
      Pattern.compile(
          "^(?:At\\s+)?"
              + SCHOOL.pattern()
              + "\\s*(?:\\([A-Za-z]{2,8}\\)\\s*)?,?\\s*(?:recognises|is\\s+committed|is\\s+a\\b|we\\b|believes)");
  private static final Pattern TRUST =
      Pattern.compile(
          "((?:[A-Z][\\w'&-]*\\s+){1,5}(?:Federation(?:\\s+of\\s+(?:Academies|Schools))?|(?:Multi[- ]Academy\\s+|Educational\\s+|Academy\\s+|Learning\\s+)?Trust))(?:\\s*\\(([A-Z]{2,8})\\))?");
  private static final Pattern COUNCIL =
      Pattern.compile(
          "\\b((?:[A-Z][a-z]+\\s){1,2}(?:County\\s|City\\s|Borough\\s|Metropolitan\\sBorough\\s|District\\s)?Council)\\b");
  private static final Pattern LA_SHORT =
      Pattern.compile("\\b([A-Z][a-z]{3,})\\s+(?:LA|Local\\s+Authority)\\b");
  private static final Pattern TITLE =
      Pattern.compile(
          "(?i)^(?:policy\\s+title\\s*:?\\s*|title\\s*:?\\s*)?((?:pupil\\s+|school\\s+)?attendance(?:\\s+and\\s+punctuality)?\\s+policy)\\b\\s*(.*)$");
  private static final Pattern YEAR =
      Pattern.compile("(?i)academic\\s+year\\s*:?\\s*(20\\d\\d\\s*[/-]\\s*(?:20)?\\d\\d)");
  private static final Pattern BASED =
      Pattern.compile(
          "(?i)\\(?\\s*based\\s+on\\s+(?:the\\s+)?(.+?)\\)?\\s*$|uses,?\\s+as\\s+its\\s+baseline,?\\s+(.+?)\\.?$");
  private static final Pattern RATIFIED_LABEL =
      Pattern.compile(
          "(?i)^(?:policy\\s+|date\\s+)?(?:ratified|approved|adopted|agreed)(?:\\s+date)?(?:\\s+(?:at|by)(?:\\s+(?:the\\s+)?(.+?))?)?\\s*:?$");
  private static final Pattern RATIFIED_SENTENCE =
      Pattern.compile(
          "(?i)\\b(?:this\\s+)?policy\\b.{0,30}?\\b(?:was\\s+|has\\s+been\\s+)?(?:ratified|approved|adopted|received\\s+the\\s+(?:full\\s+)?(?:agreement|approval))"
              + "(?:\\s+(?:of|by)\\s+(?:the\\s+)?([A-Z][\\w ]{2,50}?))?\\s*(?:on\\s+|in\\s+)?$");
  private static final Pattern REVIEW_LABEL =
      Pattern.compile(
          "(?i)^(?:next\\s+review(?:\\s+(?:date|due))?|review\\s+(?:date|due)|to\\s+be\\s+reviewed(?:\\s+(?:by|in|on))?|due\\s+for\\s+review(?:\\s+(?:by|in|on))?)\\s*:?$");
  private static final Pattern ANNUAL =
      Pattern.compile("(?i)^\\W*(annual(?:ly)?(?:\\s+review)?|every\\s+year|yearly)\\W*$");
  private static final Pattern VERSION_LABEL =
      Pattern.compile(
          "(?i)^(?:version|reference\\s+number|ref(?:erence)?|policy\\s+(?:number|reference))\\s*:?$");
  private static final Pattern OWNER_LABEL =
      Pattern.compile("(?i)^(?:author\\s*/\\s*owner|policy\\s+owner|owner)\\s*:?$");
  private static final Pattern LABELLED =
      Pattern.compile("^([A-Z][A-Za-z /']{2,60}?)\\s*:\\s+(\\S.*)$");
  private static final Pattern INLINE_LABEL =
      Pattern.compile("(?i)^(review\\s+date|reference\\s+number|version)\\s+(.+)$");

  private SchoolFacts() {}

  /** What this reader found that others need: the school's name, its trust, its phase. */
  record Found(
      String name,
      String trustName,
      String trustShort,
      String phase,
      String type,
      PolicyDate ratified) {}

  /**
   * Reads the school and its policy.
   *
   * @param trust whether the document is a trust's, whose schools each have a file of their own
   *     (then the school's name, id and phase are left to those files)
   */
  static Found read(Doc doc, Draft draft, boolean trust) {
    Node school = draft.root.map("school");
    Node policy = draft.root.map("policy");

    // The school's name: the name the document gives most often, standing alone or as the subject
    // of its first sentences.
    Map<String, List<Cite>> names = new LinkedHashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      String w = stripMarks(doc.words[i]);
      Matcher alone = SCHOOL.matcher(w);
      if (w.length() <= 80 && alone.matches() && doc.shape[i] != Doc.Shape.LIST) {
        names.computeIfAbsent(alone.group(1), k -> new ArrayList<>()).add(doc.cite(i, 0, w));
        continue;
      }
      Matcher s = SCHOOL_SUBJECT.matcher(w);
      if (s.find()) {
        names
            .computeIfAbsent(s.group(1), k -> new ArrayList<>())
            .add(doc.cite(i, s.start(1), sentenceAt(doc, i, s.start(1))));
      }
    }
    String name = null;
    List<Cite> nameCites = List.of();
    for (Map.Entry<String, List<Cite>> e : names.entrySet()) {
      if (name == null || e.getValue().size() > nameCites.size()) {
        name = e.getKey();
        nameCites = e.getValue();
      }
    }

    // The trust or federation, if the document names one.
    String trustName = null;
    String trustShort = null;
    List<Cite> trustCites = new ArrayList<>();
    for (int i = 0; i < doc.size() && trustName == null; i++) {
      Matcher t = TRUST.matcher(doc.words[i]);
      while (t.find()) {
        String found = t.group(1).strip().replaceFirst("^(?:At|The|the|and|of)\\s+", "");
        if (found.split("\\s+").length >= 3
            && !found.matches("(?i).*\\b(?:academy trust|the trust)$")) {
          trustName = found;
          trustShort = t.group(2);
          trustCites.add(doc.cite(i, t.start(1), sentenceAt(doc, i, t.start(1))));
          break;
        }
      }
    }
    if (trustName != null && trustShort == null) {
      String initials = initials(trustName);
      for (int i = 0; i < doc.size() && trustShort == null; i++) {
        if (initials.length() >= 3 && doc.words[i].matches(".*\\b" + initials + "\\b.*")) {
          trustShort = initials;
        }
      }
    }

    if (trust) {
      name = null;
    }
    if (name != null) {
      school
          .put("id", Node.scalar(YamlWriter.id(name, "school")))
          .note("the file's name: made from the school's name, change it if you like");
      school
          .put("name", Node.scalar(name))
          .from(nameCites.subList(0, Math.min(3, nameCites.size())));
      for (int i = 0; i < doc.size(); i++) {
        if (stripMarks(doc.words[i]).equals(name)) {
          doc.consumed[i] = true;
        }
      }
    }

    // What kind of school: only what the document says.
    String type = null;
    Cite typeCite = null;
    String lowerAll =
        String.join("\n", java.util.Arrays.asList(doc.words)).toLowerCase(Locale.ROOT);
    if (trustName != null
        && trustName.toLowerCase(Locale.ROOT).contains("federation of academies")) {
      type = "federation-member";
      typeCite = trustCites.get(0);
    } else if (name != null && name.endsWith("Academy")) {
      type = "academy";
      typeCite = nameCites.get(0);
    } else if (trustName != null
        && (lowerAll.contains("trust board") || lowerAll.contains("academy trust"))) {
      type = "academy";
      typeCite = trustCites.get(0);
    }
    if (type != null) {
      school
          .put("type", Node.scalar(type))
          .note(
              type.equals("academy") && name != null && name.endsWith("Academy")
                  ? "from the school's name"
                  : "the source names its trust, " + typeCite.place());
    } else {
      school
          .put(
              "type",
              Node.quoted(
                  Draft.FILL_IN + ": maintained, academy, federation-member or independent"))
          .comment("The source does not say how the school is run.");
    }

    String phase = phase(name);
    if (trust) {
      // Each member's file says its phase.
    } else if (phase != null) {
      school.put("phase", Node.scalar(phase)).note("from the school's name");
    } else if (trustName == null) {
      school
          .put(
              "phase",
              Node.quoted(
                  Draft.FILL_IN
                      + ": nursery, infant, junior, primary, middle, secondary or all-through"))
          .comment("The school's name does not say its phase, and neither does the source.");
    }

    // The local authority: the council the document names most often.
    Map<String, List<Cite>> councils = new LinkedHashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      Matcher c = COUNCIL.matcher(doc.words[i]);
      while (c.find()) {
        String council = c.group(1).replaceFirst("^(?:The|the|and|of|A|An)\\s+", "");
        if (!council.matches("(?i)(?:local|frontline|parish|town|school|student|pupil|the)\\s.*")
            && council.split("\\s").length >= 2) {
          councils
              .computeIfAbsent(council, k -> new ArrayList<>())
              .add(doc.cite(i, c.start(1), sentenceAt(doc, i, c.start(1))));
        }
      }
    }
    if (councils.isEmpty()) {
      for (int i = 0; i < doc.size(); i++) {
        Matcher c = LA_SHORT.matcher(doc.words[i]);
        while (c.find()) {
          if (!c.group(1).matches("The|Our|Your|Each|Local|Home|Their|This")) {
            councils
                .computeIfAbsent(c.group(1), k -> new ArrayList<>())
                .add(doc.cite(i, c.start(1), sentenceAt(doc, i, c.start(1))));
          }
        }
      }
    }
    Node la = school.map("localAuthority");
    String laName =
        councils.entrySet().stream()
            .max(java.util.Comparator.comparingInt(e -> e.getValue().size()))
            .map(Map.Entry::getKey)
            .orElse(null);
    if (laName != null) {
      la.put("name", Node.scalar(laName)).from(councils.get(laName).subList(0, 1));
    } else {
      la.put(
              "name",
              Node.quoted(Draft.FILL_IN + ": the local authority, e.g. Essex County Council"))
          .comment("The source does not name the local authority.");
    }

    if (trustName != null) {
      Node trustNode = draft.root.map("trust");
      trustNode.put("name", Node.scalar(trustName)).from(trustCites);
      if (trustShort != null) {
        trustNode.put("shortName", Node.scalar(trustShort)).note("the source's abbreviation");
      }
      if (trustName.toLowerCase(Locale.ROOT).contains("federation")) {
        trustNode.put("kind", Node.scalar("federation")).note("the source calls it a federation");
      } else if (trustName.toLowerCase(Locale.ROOT).contains("multi")) {
        trustNode
            .put("kind", Node.scalar("multi-academy-trust"))
            .note("the source calls it a multi-academy trust");
      } else {
        trustNode
            .put("kind", Node.quoted(Draft.FILL_IN + ": federation or multi-academy-trust"))
            .comment("The source names the trust but does not say which kind it is.");
      }
    }

    PolicyDate ratified = policy(doc, policy, draft);
    return new Found(name, trustName, trustShort, phase, type, ratified);
  }

  static String phase(String name) {
    if (name == null) {
      return null;
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("infant")) {
      return "infant";
    }
    if (n.contains("junior")) {
      return "junior";
    }
    if (n.contains("primary") || n.contains("first school")) {
      return "primary";
    }
    if (n.contains("middle")) {
      return "middle";
    }
    if (n.contains("secondary") || n.contains("high school") || n.contains("grammar")) {
      return "secondary";
    }
    if (n.contains("all-through") || n.contains("all through")) {
      return "all-through";
    }
    if (n.matches(".*\\bnursery school$")) {
      return "nursery";
    }
    return null;
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  // ----- the policy: title, model, dates, version, owner

  private static PolicyDate policy(Doc doc, Node policy, Draft draft) {
    int cover = Math.min(doc.size(), 60);
    Candidates<String> title = new Candidates<>();
    Candidates<String> year = new Candidates<>();
    Candidates<PolicyDate> ratified = new Candidates<>();
    Candidates<String> by = new Candidates<>();
    Candidates<PolicyDate> review = new Candidates<>();
    Candidates<String> version = new Candidates<>();
    Candidates<String> owner = new Candidates<>();
    Candidates<String> based = new Candidates<>();
    Cite annual = null;
    for (int i = 0; i < cover; i++) {
      String w = stripMarks(doc.words[i]);
      // The title: the first words that call the document an attendance policy.
      Matcher t = TITLE.matcher(w);
      if (t.matches()
          && w.length() <= 80
          && (t.group(2).isBlank() || YEAR.matcher(t.group(2)).find())
          && (doc.shape[i] == Doc.Shape.HEADING
              || doc.shape[i] == Doc.Shape.PARAGRAPH
              || doc.shape[i] == Doc.Shape.ROW)) {
        String found = titleCase(t.group(1));
        title.add(found, found, doc.cite(i, 0, w));
        doc.consumed[i] = true;
      }
      Matcher y = YEAR.matcher(w);
      if (y.find()) {
        String value = y.group(1).replaceAll("\\s", "").replace('-', '/');
        year.add(value, value, doc.cite(i, y.start(1), w));
      }
      Matcher b = BASED.matcher(w);
      if (b.find() && w.length() < 200) {
        String value = (b.group(1) != null ? b.group(1) : b.group(2)).strip();
        based.add(value, value, doc.cite(i, 0, w));
        if (b.group(1) != null && w.startsWith("(")) {
          doc.consumed[i] = true;
        }
      }
    }
    // Labelled values: "Ratified by the Governing Body: 03 October 2024", a cover table "Review
    // Date | July 2025".
    for (int i = 0; i < cover; i++) {
      List<String[]> pairs = pairs(doc, i);
      int recognised = 0;
      for (int k = 0; k < pairs.size(); k++) {
        String label = pairs.get(k)[0];
        String value = pairs.get(k)[1];
        String cell =
            doc.shape[i] == Doc.Shape.ROW
                ? label + (value.isEmpty() ? "" : " " + value)
                : stripMarks(doc.words[i]);
        Cite at = doc.cite(i, Math.max(0, doc.blocks.get(i).text().indexOf(label)), cell.strip());
        Matcher r = RATIFIED_LABEL.matcher(label);
        if (r.matches()) {
          Optional<Dates.Found> d = Dates.find(value);
          if (r.group(1) != null) {
            by.add(byName(r.group(1)), byName(r.group(1)), at);
          } else if (label.toLowerCase(Locale.ROOT).matches("(?:ratified|approved)\\s+by")
              && !value.isBlank()
              && d.isEmpty()) {
            by.add(value, value, at);
          }
          if (d.isPresent()) {
            ratified.add(d.get().date(), written(d.get().date()), at);
          } else if (value.isBlank() && k < 8) {
            // A table whose next row holds the dates under their headings ("Ratified at FGB" / "...
            // Date: 14.10.2024").
            Optional<Dates.Found> below = cellBelow(doc, i, k);
            if (below.isPresent()) {
              ratified.add(
                  below.get().date(),
                  written(below.get().date()),
                  doc.cite(i + 1, 0, doc.blocks.get(i + 1).text().split("\t")[k].strip()));
            }
          }
          recognised++;
          continue;
        }
        if (REVIEW_LABEL.matcher(label).matches()) {
          Optional<Dates.Found> d = Dates.find(value);
          if (d.isPresent()) {
            review.add(d.get().date(), written(d.get().date()), at);
            recognised++;
          } else if (ANNUAL.matcher(value).matches()) {
            annual = at;
            recognised++;
          }
          continue;
        }
        if (VERSION_LABEL.matcher(label).matches() && !value.isBlank() && value.length() <= 30) {
          version.add(value, value, at);
          recognised++;
          continue;
        }
        if (OWNER_LABEL.matcher(label).matches() && !value.isBlank()) {
          owner.add(value, value, at);
          recognised++;
          continue;
        }
        if (label.matches("(?i)(policy\\s+)?title") && TITLE.matcher(value).find()) {
          recognised++;
        }
      }
      if (!pairs.isEmpty() && recognised == pairs.size()) {
        doc.consumed[i] = true;
      }
    }
    // Sentences anywhere: "This policy received the full agreement of the Board of Trustees
    // September 2024".
    for (int i = 0; i < doc.size(); i++) {
      if (i < cover && doc.consumed[i]) {
        continue;
      }
      for (Sentences.Piece p : doc.sentences(i)) {
        Matcher d = Dates.DATE.matcher(p.text());
        while (d.find()) {
          Matcher s = RATIFIED_SENTENCE.matcher(p.text().substring(0, d.start()));
          if (s.find() && !p.text().toLowerCase(Locale.ROOT).contains("review")) {
            Optional<Dates.Found> f = Dates.find(p.text().substring(d.start()));
            if (f.isPresent()) {
              Cite at = doc.cite(i, p.rawOffset(0), p.text());
              ratified.add(f.get().date(), written(f.get().date()), at);
              if (s.group(1) != null) {
                by.add(byName(s.group(1)), byName(s.group(1)), at);
              }
            }
          }
        }
      }
    }
    title.put(policy, "title", "the policy's title", o -> Node.scalar(o.written()));
    if (title.isEmpty()) {
      policy
          .put("title", Node.quoted(Draft.FILL_IN + ": the policy's title, e.g. Attendance Policy"))
          .comment("The source's first page does not give the policy a title.");
    }
    based.put(policy, "basedOn", "the model policy it is based on", o -> Node.scalar(o.written()));
    Node rat = policy.map("ratified");
    ratified.put(rat, "date", "the date the policy was approved", o -> date(o.value()));
    if (!by.isEmpty()) {
      // Several bodies may each have approved it (a trust board, then a local committee): all are
      // kept.
      String all =
          String.join("; ", by.options().stream().map(Candidates.Option::written).toList());
      rat.put("by", Node.scalar(all)).from(by.cites());
    }
    if (review.isEmpty() && annual != null && !ratified.isEmpty() && !ratified.conflict()) {
      LocalDate due = ratified.first().value().latest().plusYears(1);
      YearMonth ym = YearMonth.from(due);
      String text =
          Dates.find("1 " + ym.getMonth().name().toLowerCase(Locale.ROOT) + " " + ym.getYear())
              .map(f -> f.date().text().replaceFirst("^1 ", ""))
              .orElse(ym.toString());
      policy
          .put("reviewDue", Node.scalar(text))
          .from(annual)
          .comment(
              "The source says only that the policy is reviewed every year: this is a year after it was approved.");
    } else {
      review.put(
          policy, "reviewDue", "the date the policy is due for review", o -> date(o.value()));
    }
    year.put(policy, "academicYear", "the academic year", o -> Node.quoted(o.written()));
    version.put(policy, "version", "the policy's version", o -> Node.quoted(o.written()));
    owner.put(policy, "owner", "who owns the policy", o -> Node.scalar(o.written()));
    return ratified.isEmpty() || ratified.conflict() ? null : ratified.first().value();
  }

  private static Node date(PolicyDate d) {
    return Node.quoted(written(d));
  }

  /** A date as the school file writes it: 2024-10-03, October 2025, Autumn 2025. */
  static String written(PolicyDate d) {
    return switch (d.precision()) {
      case DAY -> d.earliest().toString();
      default -> d.text();
    };
  }

  private static String byName(String s) {
    String b = s.strip().replaceFirst("(?i)^the\\s+", "").replaceAll("[:;,.]+$", "");
    return b.equals("FGB")
        ? "Full Governing Body (FGB)"
        : b.equals("LGB") ? "Local Governing Body (LGB)" : b;
  }

  private static Optional<Dates.Found> cellBelow(Doc doc, int i, int k) {
    if (i + 1 >= doc.size() || doc.shape[i + 1] != Doc.Shape.ROW) {
      return Optional.empty();
    }
    String[] cells = doc.blocks.get(i + 1).text().split("\t", -1);
    return k < cells.length ? Dates.find(cells[k]) : Optional.empty();
  }

  /**
   * A block's label and value pairs: table cells side by side, "Label: value", or "Review Date
   * September 2025".
   */
  static List<String[]> pairs(Doc doc, int i) {
    List<String[]> out = new ArrayList<>();
    String text = doc.blocks.get(i).text();
    if (doc.shape[i] == Doc.Shape.ROW) {
      String[] cells = text.split("\t", -1);
      List<String> filled = new ArrayList<>();
      for (String c : cells) {
        filled.add(stripMarks(c.strip()));
      }
      if (filled.stream().filter(c -> !c.isEmpty()).count() == 2 && !filled.get(0).isEmpty()) {
        out.add(
            new String[] {
              filled.get(0),
              filled.stream().skip(1).filter(c -> !c.isEmpty()).findFirst().orElse("")
            });
        return out;
      }
      for (String c : filled) {
        out.add(split(c));
      }
      return out;
    }
    String w = stripMarks(doc.words[i]);
    if (w.length() > 120) {
      return out;
    }
    out.add(split(w));
    return out;
  }

  private static String[] split(String cell) {
    Matcher l = LABELLED.matcher(cell);
    if (l.matches()) {
      return new String[] {l.group(1).strip(), l.group(2).strip()};
    }
    Matcher in = INLINE_LABEL.matcher(cell);
    if (in.matches()) {
      return new String[] {in.group(1).strip(), in.group(2).strip()};
    }
    for (Pattern p : List.of(RATIFIED_LABEL, REVIEW_LABEL, VERSION_LABEL, OWNER_LABEL)) {
      if (p.matcher(cell).matches()) {
        return new String[] {cell, ""};
      }
    }
    return new String[] {cell, ""};
  }

  /** The sentence around a character of a block. */
  static String sentenceAt(Doc doc, int i, int offset) {
    for (Sentences.Piece p : doc.sentences(i)) {
      if (p.rawOffset(p.text().length() - 1) >= offset) {
        return p.text();
      }
    }
    return doc.words[i];
  }

  /** Text without Markdown emphasis, links or escapes. */
  static String stripMarks(String s) {
    return s.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
        .replaceAll("(?<!\\w)[*_]{1,3}|[*_]{1,3}(?!\\w)", "")
        .replaceAll("\\\\([\\\\`*_{}\\[\\]()#+.!|<>-])", "$1")
        .strip();
  }

  static String titleCase(String s) {
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s.strip();
    }
    StringBuilder b = new StringBuilder();
    for (String w : s.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(
          w.matches("and|of|the|for|in|on|to|a") && b.length() > 0
              ? w
              : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return b.toString();
  }
}
