package io.remedy.local.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class StackKindTest {

    @Test
    void nativeIsTheDefault() {
        assertEquals(StackKind.NATIVE, StackKind.of(null));
        assertEquals(StackKind.NATIVE, StackKind.of(" "));
        assertEquals(StackKind.NATIVE, StackKind.of("native"));
    }

    @Test
    void containersAreChosenByName() {
        assertEquals(StackKind.CONTAINERS, StackKind.of("containers"));
        assertEquals(StackKind.CONTAINERS, StackKind.of(" Containers "));
    }

    @Test
    void refusesAnUnknownKind() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> StackKind.of("docker"));
        assertEquals("remedy.stack=docker is not a stack kind: use native (the default) or containers", error.getMessage());
    }

    @Test
    void eachKindGetsItsOwnBackingServices() {
        // constructing them starts nothing: no Docker is needed to choose
        assertInstanceOf(NativeBackingServices.class, BackingServices.of(StackKind.NATIVE));
        assertInstanceOf(ContainerBackingServices.class, BackingServices.of(StackKind.CONTAINERS));
    }
}
