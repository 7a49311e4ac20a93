/**
 * Files the plugin writes and the hashes it takes: {@link uk.org.attendance.files.AtomicFiles}
 * writes a file whole or not at all, readable by a web server; {@link
 * uk.org.attendance.files.FolderLock} lets one build at a time write to a folder; {@link
 * uk.org.attendance.files.Folders} says whether a file, links resolved, is really inside a folder;
 * {@link uk.org.attendance.files.Hashes} is the one SHA-256 helper. Uses nothing of ours but {@code
 * model}.
 */
package uk.org.attendance.files;
