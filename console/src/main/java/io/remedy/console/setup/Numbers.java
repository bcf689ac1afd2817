package io.remedy.console.setup;

import io.remedy.console.i18n.Texts;
import io.remedy.console.page.FormErrors;
import io.remedy.console.page.Viewer;

import java.math.BigDecimal;

/**
 * Whole numbers and amounts typed into a set-up form. The console only checks that a number is a number (a browser
 * without validation may send "abc"); what range it may have is the API's rule, shown beside the field.
 */
final class Numbers {

    private Numbers() {
    }

    static Integer of(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }

    /** {@code errors} plus one for {@code field} when its text is not a whole number. */
    static FormErrors check(FormErrors errors, String field, String text, Viewer viewer) {
        if (text == null || text.isBlank()) {
            return errors;
        }
        try {
            Integer.parseInt(text.trim());
            return errors;
        } catch (NumberFormatException e) {
            SetupMessages words = Texts.in(viewer.language(), SetupMessages.class);
            return (errors.any() ? errors : FormErrors.summary(words.check_form())).with(field, words.whole_number());
        }
    }

    /** An amount in major units ("75", "75.50") as minor units, or null when it is not one. */
    static Integer cents(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(',', '.')).movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** Minor units as the amount a person types ("75.00"). */
    static String amount(int cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
