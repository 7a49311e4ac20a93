package uk.org.attendance.build;

import java.nio.file.Path;
import java.util.function.Supplier;
import uk.org.attendance.model.SourceRef;

/**
 * One target to build: a school's folder of documents, or a trust's.
 *
 * @param id the folder's name, e.g. "kelvedon-hatch-primary" or "hmfa"
 * @param kind a school or a federation
 * @param dir the folder
 * @param fingerprint everything its documents depend on (model, templates, fonts, plugin, settings)
 * @param at where a problem with it is reported (the school's file)
 * @param context what its artefacts share, made only if it is built
 * @param <C> the context's type
 */
public record Job<C>(
    String id,
    Artefact.Kind kind,
    Path dir,
    String fingerprint,
    SourceRef at,
    Supplier<C> context) {}
