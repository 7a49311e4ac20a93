/**
 * Compiles a school's attendance-policy model into checked, rendered documents.
 *
 * <p>The packages, from the bottom up; a package may use only those below it:
 *
 * <ul>
 *   <li>{@code model}: the school as immutable records, with where each value was written ({@code
 *       SourceRef}, {@code SourceMap}). Uses nothing of ours.
 *   <li>{@code diagnostic}: a located finding ({@code Diagnostic}, {@code Severity}) and the
 *       catalogue of every hint sentence ({@code Hints}). Uses only {@code model}.
 *   <li>{@code files}: writing a file whole or not at all ({@code AtomicFiles}), one writer at a
 *       time in a folder ({@code FolderLock}), whether a file is really inside a folder ({@code
 *       Folders}), and the one SHA-256 helper ({@code Hashes}). Uses nothing of ours.
 *   <li>{@code build}: orchestration of any set of outputs (targets, parallel jobs, skip-unchanged
 *       fingerprints, atomic writes, timings); knows no document format. Uses only {@code model},
 *       {@code diagnostic} and {@code files}.
 *   <li>{@code text}: sentences, times, dates and numbers as policies write them, read and written
 *       ({@code Formats}). Uses only {@code model}.
 *   <li>{@code reference}: the national rulebook as data, and the only place a national number,
 *       amount, period or code is written ({@code RulebookLeakTest}). Uses only {@code model} and
 *       {@code text}.
 *   <li>{@code load}, {@code extract}, {@code recognise}: a school file, or an existing policy
 *       document, read into a located model.
 *   <li>{@code check} and {@code check.rules}: the rules.
 *   <li>{@code export}, {@code report}: {@code rules.json} and Word letters; SARIF, JUnit XML,
 *       GitHub annotations and safe CSV cells.
 *   <li>{@code render} (with {@code render.outputs}, one class per kind of output), {@code audit},
 *       {@code importer}: a school's documents; an existing policy checked; an existing policy
 *       drafted as a school file.
 *   <li>{@code evaluate}: a register evaluated against {@code rules.json}.
 *   <li>the façade ({@code AttendanceCompiler}); then {@code mojo}, the Maven goals.
 * </ul>
 *
 * <p>The benchmark and the synthetic registers ({@code bench}) and the readability scorer are
 * development tools: test code, never shipped in the plugin ({@code ShippedCodeTest}).
 *
 * <p>The rules, enforced by {@code ArchitectureTest} (which reads every class's imports and the
 * names it writes out in full):
 *
 * <ul>
 *   <li>only {@code mojo} uses Maven, and nothing uses {@code mojo};
 *   <li>{@code model} uses nothing of ours but itself (and no JSON library and no {@code java.io});
 *   <li>{@code diagnostic} and {@code files} use nothing of ours but {@code model};
 *   <li>{@code text} uses nothing of ours but {@code model}; {@code reference} nothing but {@code
 *       model} and {@code text};
 *   <li>{@code build} uses nothing of ours but {@code model}, {@code diagnostic} and {@code files};
 *   <li>{@code load} and {@code render} never use {@code check}; {@code check} never uses {@code
 *       load};
 *   <li>{@code importer} writes a school file's text and never reads one: it uses none of {@code
 *       load}, {@code render}, {@code export}, {@code report}, {@code build}, {@code evaluate},
 *       {@code mojo} or the façade; only the façade and {@code mojo} use it;
 *   <li>{@code evaluate}, which reads only {@code rules.json}, uses none of {@code export}, {@code
 *       render}, {@code load}, {@code check}, {@code reference}, {@code mojo} or the façade.
 * </ul>
 */
package uk.org.attendance;
