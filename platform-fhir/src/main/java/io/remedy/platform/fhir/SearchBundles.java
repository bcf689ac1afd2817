package io.remedy.platform.fhir;

import jakarta.ws.rs.core.UriInfo;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.SearchEntryMode;
import org.hl7.fhir.r4.model.Resource;

import java.util.List;

/** Search results as a {@code searchset} Bundle with {@code self} and, when more follow, {@code next} links. */
public final class SearchBundles {

    private SearchBundles() {
    }

    /**
     * A page of matches; {@code nextCursor} (null on the last page) goes into the {@code next} link as
     * {@value FhirSearch#CURSOR}, the request's other parameters kept.
     */
    public static Bundle page(UriInfo uri, List<? extends Resource> matches, String nextCursor) {
        Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
        bundle.addLink().setRelation("self").setUrl(uri.getRequestUri().toString());
        if (nextCursor != null) {
            bundle.addLink().setRelation("next").setUrl(uri.getRequestUriBuilder()
                    .replaceQueryParam(FhirSearch.CURSOR, nextCursor).build().toString());
        }
        for (Resource match : matches) {
            bundle.addEntry().setFullUrl(fullUrl(uri, match)).setResource(match)
                    .getSearch().setMode(SearchEntryMode.MATCH);
        }
        return bundle;
    }

    /** The absolute URL of a resource of this server: base + {@code Type/id}. */
    public static String fullUrl(UriInfo uri, Resource resource) {
        return uri.getBaseUriBuilder().path(FhirMedia.BASE).path(resource.fhirType())
                .path(resource.getIdElement().getIdPart()).build().toString();
    }
}
