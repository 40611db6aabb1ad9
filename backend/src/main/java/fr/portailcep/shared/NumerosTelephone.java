package fr.portailcep.shared;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * Phone numbers as people type them ("06 12 34 56 78", "+33 6…", "0690 12 34 56" in Guadeloupe), read by
 * libphonenumber: France first, then the overseas departments (their numbers start with 0 too but belong to other
 * country codes). Kept in the national form conseillers dial ("06 12 34 56 78"), international for a foreign one.
 * Used by the booking forms and by a site's card.
 */
public final class NumerosTelephone {

    private static final PhoneNumberUtil NUMEROS = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS_FRANCAISES = List.of("FR", "GP", "MQ", "GF", "RE", "YT");

    private NumerosTelephone() {
    }

    /** The number in its usual form, if it is a valid one. */
    public static Optional<String> lire(String saisie) {
        if (saisie == null || saisie.isBlank() || saisie.strip().length() > 30) {
            return Optional.empty();
        }
        for (var region : REGIONS_FRANCAISES) {
            try {
                var numero = NUMEROS.parse(saisie.strip(), region);
                if (NUMEROS.isValidNumber(numero)) {
                    var francais = REGIONS_FRANCAISES.contains(NUMEROS.getRegionCodeForNumber(numero));
                    return Optional.of(NUMEROS.format(numero,
                            francais ? PhoneNumberFormat.NATIONAL : PhoneNumberFormat.INTERNATIONAL));
                }
            } catch (NumberParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public static boolean estValide(String saisie) {
        return lire(saisie).isPresent();
    }
}
