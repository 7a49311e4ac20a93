/**
 * What every part of the plugin reports with: a located finding ({@link
 * uk.org.attendance.diagnostic.Diagnostic}), how serious it is ({@link
 * uk.org.attendance.diagnostic.Severity}), and every "what to do" sentence, in one voice ({@link
 * uk.org.attendance.diagnostic.Hints}). The loader, the rules, the renderer, audit, evaluate and
 * the Maven goals all report through it, so it sits below them all: it uses nothing of ours but
 * {@code model}, where a location ({@code SourceRef}) is defined.
 */
package uk.org.attendance.diagnostic;
