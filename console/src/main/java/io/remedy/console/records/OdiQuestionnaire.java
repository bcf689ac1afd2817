package io.remedy.console.records;

import java.util.List;

/**
 * The ten sections of the Oswestry Disability Index as the assessment form asks them: each section's name and its
 * six statements, scored 0 to 5, in English and Spanish (short forms of the statements, for the therapist asking).
 * Scoring is records-service's; the form only sends the chosen level of each section.
 */
public final class OdiQuestionnaire {

    private OdiQuestionnaire() {
    }

    /** A section: its name and its statements, level 0 first. */
    public record Section(String name, List<String> statements) {
    }

    public static List<Section> in(String language) {
        return "es".equals(language) ? SPANISH : ENGLISH;
    }

    private static final List<Section> ENGLISH = List.of(
            new Section("Pain intensity", List.of("No pain at the moment", "Very mild pain", "Moderate pain",
                    "Fairly severe pain", "Very severe pain", "The worst pain imaginable")),
            new Section("Personal care (washing, dressing)", List.of("Normal, without extra pain",
                    "Normal, but very painful", "Painful; slow and careful", "Needs some help; manages most",
                    "Needs help every day with most of it", "Cannot dress; washes with difficulty; stays in bed")),
            new Section("Lifting", List.of("Heavy weights without extra pain", "Heavy weights, with extra pain",
                    "Not heavy weights off the floor; can if conveniently placed",
                    "Only light to medium weights, if conveniently placed", "Only very light weights",
                    "Cannot lift or carry anything")),
            new Section("Walking", List.of("Any distance", "Not more than 1.5 km", "Not more than 750 m",
                    "Not more than 100 m", "Only with a stick or crutches", "In bed most of the time")),
            new Section("Sitting", List.of("In any chair as long as I like", "In my favourite chair as long as I like",
                    "Not more than 1 hour", "Not more than 30 minutes", "Not more than 10 minutes",
                    "Cannot sit at all")),
            new Section("Standing", List.of("As long as I want without extra pain", "As long as I want, with extra pain",
                    "Not more than 1 hour", "Not more than 30 minutes", "Not more than 10 minutes",
                    "Cannot stand at all")),
            new Section("Sleeping", List.of("Never disturbed by pain", "Occasionally disturbed by pain",
                    "Less than 6 hours' sleep", "Less than 4 hours' sleep", "Less than 2 hours' sleep",
                    "Cannot sleep at all")),
            new Section("Sex life (if applicable)", List.of("Normal, without extra pain", "Normal, with some extra pain",
                    "Nearly normal, but very painful", "Severely restricted", "Nearly absent", "Prevented by pain")),
            new Section("Social life", List.of("Normal, without extra pain", "Normal, but with more pain",
                    "Only energetic interests limited", "Restricted; I go out less often", "Restricted to my home",
                    "No social life because of pain")),
            new Section("Travelling", List.of("Anywhere without pain", "Anywhere, with extra pain",
                    "Journeys over 2 hours are manageable", "Only journeys under 1 hour",
                    "Only short necessary journeys under 30 minutes", "Only to receive treatment")));

    private static final List<Section> SPANISH = List.of(
            new Section("Intensidad del dolor", List.of("Sin dolor en este momento", "Dolor muy leve",
                    "Dolor moderado", "Dolor bastante intenso", "Dolor muy intenso", "El peor dolor imaginable")),
            new Section("Cuidados personales (lavarse, vestirse)", List.of("Normales, sin dolor añadido",
                    "Normales, pero muy dolorosos", "Dolorosos; lento y con cuidado", "Necesita algo de ayuda; hace casi todo",
                    "Necesita ayuda a diario en casi todo", "No se viste; se lava con dificultad; se queda en cama")),
            new Section("Levantar peso", List.of("Pesos grandes sin dolor añadido", "Pesos grandes, con dolor añadido",
                    "No pesos grandes del suelo; sí si están a mano", "Solo pesos ligeros o medianos, si están a mano",
                    "Solo pesos muy ligeros", "No puede levantar ni llevar nada")),
            new Section("Andar", List.of("Cualquier distancia", "No más de 1,5 km", "No más de 750 m",
                    "No más de 100 m", "Solo con bastón o muletas", "En cama casi todo el tiempo")),
            new Section("Estar sentado", List.of("En cualquier silla, cuanto quiera", "En su silla favorita, cuanto quiera",
                    "No más de 1 hora", "No más de 30 minutos", "No más de 10 minutos", "No puede estar sentado")),
            new Section("Estar de pie", List.of("Cuanto quiera, sin dolor añadido", "Cuanto quiera, con dolor añadido",
                    "No más de 1 hora", "No más de 30 minutos", "No más de 10 minutos", "No puede estar de pie")),
            new Section("Dormir", List.of("El dolor nunca lo interrumpe", "El dolor lo interrumpe a veces",
                    "Menos de 6 horas de sueño", "Menos de 4 horas de sueño", "Menos de 2 horas de sueño",
                    "No puede dormir")),
            new Section("Vida sexual (si procede)", List.of("Normal, sin dolor añadido", "Normal, con algo de dolor añadido",
                    "Casi normal, pero muy dolorosa", "Muy limitada", "Casi inexistente", "Impedida por el dolor")),
            new Section("Vida social", List.of("Normal, sin dolor añadido", "Normal, pero con más dolor",
                    "Solo limita las actividades más enérgicas", "Limitada; sale menos", "Limitada a su casa",
                    "Sin vida social por el dolor")),
            new Section("Viajar", List.of("A cualquier sitio sin dolor", "A cualquier sitio, con dolor añadido",
                    "Viajes de más de 2 horas, soportables", "Solo viajes de menos de 1 hora",
                    "Solo viajes necesarios de menos de 30 minutos", "Solo para recibir tratamiento")));
}
