package io.remedy.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.remedy.gateway.routing.Upstream;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final URI REALM = URI.create("https://id.example/realms/remedy");

    private static ObjectNode json(String text) throws IOException {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    private static ObjectNode gateway() throws IOException {
        return json("{'openapi':'3.1.0','info':{'title':'Remedy API','version':'1'},"
                + "'paths':{'/api/v1/reports/branches':{'get':{'operationId':'branches','responses':{}}}},"
                + "'components':{'schemas':{'Item':{'type':'object','properties':{'a':{'type':'string'}}},"
                + "'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Item'}}}}}}");
    }

    @Test
    void renamesAComponentThatOnlyLooksTheSameBecauseItPointsAtAClashingOne() throws IOException {
        // the service's Page is textually the gateway's Page, but its Item is another Item
        ObjectNode records = json("{'openapi':'3.1.0','paths':{'/api/v1/records/x':{'get':{'responses':{'200':"
                + "{'description':'ok','content':{'application/json':{'schema':{'$ref':'#/components/schemas/Page'}}}}}}}},"
                + "'components':{'schemas':{'Item':{'type':'object','properties':{'b':{'type':'integer'}}},"
                + "'Page':{'type':'object','properties':{'items':{'$ref':'#/components/schemas/Item'}}}}}}");
        JsonNode merged = OpenApiMerge.merge(gateway(), List.of(new OpenApiMerge.Source(Upstream.RECORDS, records,
                "2026-03-01T00:00:00Z")), REALM);
        JsonNode schemas = merged.path("components").path("schemas");
        assertEquals("#/components/schemas/Records_Item",
                schemas.path("Records_Page").path("properties").path("items").path("$ref").asText());
        assertEquals("#/components/schemas/Item", schemas.path("Page").path("properties").path("items").path("$ref").asText());
        assertEquals("#/components/schemas/Records_Page", merged.at(
                "/paths/~1api~1v1~1records~1x/get/responses/200/content/application~1json/schema/$ref").asText());
    }

    @Test
    void sharesAComponentThatIsTrulyTheSame() throws IOException {
        ObjectNode booking = json("{'openapi':'3.1.0','paths':{},'components':{'schemas':{"
                + "'Item':{'type':'object','properties':{'a':{'type':'string'}}}}}}");
        JsonNode merged = OpenApiMerge.merge(gateway(), List.of(new OpenApiMerge.Source(Upstream.BOOKING, booking, null)),
                REALM);
        List<String> names = new ArrayList<>();
        merged.path("components").path("schemas").properties().forEach(entry -> names.add(entry.getKey()));
        assertEquals(List.of("Item", "Page"), names);
    }

    @Test
    void takesOnlyThePathsAServiceOwnsAtTheGateway() throws IOException {
        ObjectNode booking = json("{'openapi':'3.1.0','paths':{"
                + "'/api/v1/sessions':{'get':{'responses':{}}},"
                + "'/api/v1/records/clients':{'get':{'responses':{}}},"
                + "'/internal/replay':{'post':{'responses':{}}}}}");
        JsonNode merged = OpenApiMerge.merge(gateway(), List.of(new OpenApiMerge.Source(Upstream.BOOKING, booking, null)),
                REALM);
        assertTrue(merged.path("paths").has("/api/v1/sessions"));
        assertFalse(merged.path("paths").has("/api/v1/records/clients"), "booking may not describe records' paths");
        assertFalse(merged.path("paths").has("/internal/replay"));
    }

    @Test
    void leavesTheGatewaysOwnDocumentAsItWas() throws IOException {
        ObjectNode own = gateway();
        ObjectNode before = own.deepCopy();
        OpenApiMerge.merge(own, List.of(new OpenApiMerge.Source(Upstream.NOTIFICATION, null, null)), REALM);
        assertEquals(before, own);
    }

    @Test
    void groupsTheTagsByAreaAndDeclaresEveryTagAnOperationUses() throws IOException {
        ObjectNode own = json("{'openapi':'3.1.0','info':{'title':'Remedy API','version':'1'},"
                + "'tags':[{'name':'Reports'}],"
                + "'paths':{'/api/v1/reports/branches':{'get':{'operationId':'getBranchReport','tags':['Reports'],"
                + "'responses':{'403':{'description':'no','content':{'application/problem+json':{}}}}}}}}");
        ObjectNode booking = json("{'openapi':'3.1.0','paths':{"
                + "'/api/v1/sessions':{'get':{'operationId':'listSessions','tags':['Sessions'],'responses':{}}},"
                + "'/api/v1/locations':{'get':{'operationId':'listLocations','tags':['Locations'],'responses':{}}}},"
                + "'components':{'schemas':{'Problem':{'type':'object'}}}}");
        ObjectNode records = json("{'openapi':'3.1.0','tags':[{'name':'Notes','description':'SOAP notes'}],'paths':{"
                + "'/api/v1/records/sessions/{sessionId}/notes':{'get':{'operationId':'listSessionNotes',"
                + "'tags':['Notes'],'responses':{}}}}}");
        JsonNode merged = OpenApiMerge.merge(own, List.of(new OpenApiMerge.Source(Upstream.BOOKING, booking, null),
                new OpenApiMerge.Source(Upstream.RECORDS, records, null)), REALM);
        List<String> declared = new ArrayList<>();
        merged.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        assertEquals(List.of("Reports", "Notes", "Sessions", "Locations"), declared);
        assertEquals("[{\"name\":\"Booking\",\"tags\":[\"Sessions\",\"Locations\"]},"
                + "{\"name\":\"Clinical records\",\"tags\":[\"Notes\"]},"
                + "{\"name\":\"Reports across branches\",\"tags\":[\"Reports\"]}]",
                merged.path("x-tagGroups").toString());
        assertEquals("#/components/schemas/Problem", merged.at("/paths/~1api~1v1~1reports~1branches/get/responses"
                + "/403/content/application~1problem+json/schema/$ref").asText());
    }

    @Test
    void pointsSignInAtTheConfiguredRealm() throws IOException {
        JsonNode merged = OpenApiMerge.merge(gateway(), List.of(), REALM);
        assertEquals("https://id.example/realms/remedy/protocol/openid-connect/token",
                merged.at("/components/securitySchemes/keycloak/flows/authorizationCode/tokenUrl").asText());
        assertEquals(0, merged.path("x-remedy-missing").size());
    }
}
