package io.remedy.platform.json;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How strictly request bodies are read ({@code remedy.json.*}). Static-init safe: Quarkus builds the ObjectMapper,
 * and with it {@link StrictJson}, while the application is initialised statically.
 */
@StaticInitSafe
@ConfigMapping(prefix = "remedy.json")
public interface JsonConfig {

    /** Earliest year a date or instant in a request may have; an earlier one is a 400 naming the field. */
    @WithDefault("1900")
    int earliestYear();

    /** Latest year a date or instant in a request may have. */
    @WithDefault("2100")
    int latestYear();
}
