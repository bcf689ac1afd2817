package io.remedy.notification.settings;

/**
 * How a chain's messages sound: its name, the signature under each message and the tone. A null name or signature
 * falls back to the location's name and a standard signature.
 */
public record ChainVoice(String chainName, String signature, Tone tone) {

    /** A chain that set nothing. */
    public static final ChainVoice STANDARD = new ChainVoice(null, null, Tone.FRIENDLY);
}
