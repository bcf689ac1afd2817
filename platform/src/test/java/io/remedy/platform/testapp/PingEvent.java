package io.remedy.platform.testapp;

/** Event data the test consumer reads. */
public record PingEvent(String text, boolean fail) {

    static final String TOPIC = "platform.test.pings";
}
