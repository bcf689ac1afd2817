package io.remedy.platform.fhir;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** The parts of a FHIR search that every resource type reads alike: known parameters, {@code _count}, references. */
public final class FhirSearch {

    /** The page-size parameter of a search. */
    public static final String COUNT = "_count";
    /** The opaque position of the next page (keyset), as the Bundle's {@code next} link carries it. */
    public static final String CURSOR = "cursor";

    private static final Pattern LOGICAL_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    private FhirSearch() {
    }

    /** Refuses (400, naming it) the first query parameter that is not one of {@code known} (nor _count, cursor). */
    public static void onlyKnown(UriInfo uri, Set<String> known) {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        for (String name : query.keySet()) {
            if (!known.contains(name) && !name.equals(COUNT) && !name.equals(CURSOR) && !name.equals("_format")) {
                throw FhirException.invalid(name, "is not a search parameter of this resource type (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ", " + COUNT + ")");
            }
        }
    }

    /**
     * The client a search by patient is about: refuses a parameter outside {@code known} (which names
     * {@code patient}), then reads the required {@code patient} reference.
     */
    public static UUID patient(UriInfo uri, Set<String> known) {
        onlyKnown(uri, known);
        return reference("patient", required(uri, "patient"), "Patient");
    }

    /** The page size: {@code _count} between 1 and {@code max}, {@code fallback} when absent; 400 otherwise. */
    public static int count(String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int count = Integer.parseInt(text.trim());
            if (count >= 1 && count <= max) {
                return count;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw FhirException.invalid(COUNT, "must be a whole number from 1 to " + max);
    }

    /** A required single-valued parameter; 400 naming it when absent or repeated. */
    public static String required(UriInfo uri, String parameter) {
        List<String> values = uri.getQueryParameters().get(parameter);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            throw FhirException.invalid(parameter, "is required");
        }
        if (values.size() > 1) {
            throw FhirException.invalid(parameter, "may be given once");
        }
        return values.get(0);
    }

    /**
     * The id a reference parameter names: {@code Patient/<id>} or the bare id; 400 naming the parameter when it names
     * another type or is not one of our ids.
     */
    public static UUID reference(String parameter, String value, String type) {
        String id = value.startsWith(type + "/") ? value.substring(type.length() + 1) : value;
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw FhirException.invalid(parameter, "must reference a " + type + " as " + type + "/<id>");
        }
    }

    /** The id of a read: our ids are UUIDs; anything else is simply not known (404). */
    public static UUID id(String type, String id) {
        if (id == null || !LOGICAL_ID.matcher(id).matches()) {
            throw FhirException.notFound(type, "?");
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw FhirException.notFound(type, id);
        }
    }
}
