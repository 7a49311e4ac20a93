package uk.org.attendance.load;

/** Stable ids of the loader's findings. Never reuse or rename one: CI systems key on them. */
final class LoadIds {
  private LoadIds() {}

  /** The file cannot be read: missing, too large, not UTF-8 text, empty. */
  static final String FILE = "LOAD-FILE";

  /** YAML syntax, tabs, indentation. */
  static final String SYNTAX = "LOAD-SYNTAX";

  /** A YAML feature we refuse: aliases, anchors, merge keys, duplicate keys, deep nesting. */
  static final String YAML_FEATURE = "LOAD-YAML";

  /** A key the model does not have. */
  static final String UNKNOWN_KEY = "LOAD-KEY";

  /** A value of the wrong kind (text where a number belongs, a list where a map belongs). */
  static final String TYPE = "LOAD-TYPE";

  /** A required value is missing. */
  static final String REQUIRED = "LOAD-REQUIRED";

  /** A value of the right kind that is not allowed: a bad time, date, email, or choice. */
  static final String VALUE = "LOAD-VALUE";

  /** {@code extends:} names a missing file, leaves the project, or makes a cycle. */
  static final String EXTENDS = "LOAD-EXTENDS";

  /** Two schools share one id. */
  static final String DUPLICATE_ID = "LOAD-DUPLICATE-ID";
}
