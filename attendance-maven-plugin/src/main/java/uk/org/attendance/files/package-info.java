/**
 * Files the plugin writes and the hashes it takes: {@link uk.org.attendance.files.AtomicFiles}
 * writes a file whole or not at all, readable by a web server; {@link
 * uk.org.attendance.files.Hashes} is the one SHA-256 helper. Uses nothing of ours but {@code model}.
 */
package uk.org.attendance.files;
