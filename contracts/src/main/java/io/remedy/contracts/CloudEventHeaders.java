package io.remedy.contracts;

import java.util.List;

/**
 * Kafka header names of the CloudEvents 1.0 envelope in binary mode: the record value is the event's data as JSON,
 * the attributes travel as {@code ce_*} headers (UTF-8 strings), the content type as {@code content-type}.
 */
public final class CloudEventHeaders {

    /** CloudEvents spec version; value {@link #SPEC_VERSION_1_0}. */
    public static final String SPEC_VERSION = "ce_specversion";
    /** Unique event id (a UUID); consumers record it in their inbox to ignore redeliveries. */
    public static final String ID = "ce_id";
    /** Producer, {@code /<service>}: see {@link Microservice#source()}. */
    public static final String SOURCE = "ce_source";
    /** Event type, {@code remedy.<service>.<aggregate>.<event>.v<N>}: see {@link EventCatalogue}. */
    public static final String TYPE = "ce_type";
    /** Aggregate id, equal to the record key: see {@link IntegrationEvent#subject()}. */
    public static final String SUBJECT = "ce_subject";
    /** When the change happened, RFC 3339 in UTC. */
    public static final String TIME = "ce_time";
    /** Extension attribute {@code tenant}: the chain id. The data never repeats it. */
    public static final String TENANT = "ce_tenant";
    /** Optional: the schema's {@code $id}, see {@link EventType#schemaId()}. */
    public static final String DATA_SCHEMA = "ce_dataschema";
    /**
     * Optional, CloudEvents distributed-tracing extension: the W3C trace context of the request that caused the event
     * (the record's own {@code traceparent} header belongs to the relay's publishing span, a child of it).
     */
    public static final String TRACEPARENT = "ce_traceparent";
    /** Optional, with {@link #TRACEPARENT}: the W3C {@code tracestate} of that request. */
    public static final String TRACESTATE = "ce_tracestate";
    /** Content type of the value; value {@link #JSON}. */
    public static final String CONTENT_TYPE = "content-type";

    /** The only spec version used. */
    public static final String SPEC_VERSION_1_0 = "1.0";
    /** The only content type used. */
    public static final String JSON = "application/json";

    /** Headers every event carries ({@link #DATA_SCHEMA} is optional). */
    public static final List<String> REQUIRED = List.of(SPEC_VERSION, ID, SOURCE, TYPE, SUBJECT, TIME, TENANT,
            CONTENT_TYPE);

    private CloudEventHeaders() {
    }
}
