package fr.portailcep.compte;

import java.util.Optional;

/**
 * Who may sign in with a code or a link received by email. Staff sign in with their passkey: the email is only for
 * the one who has none yet (just invited, or access reset by a manager), to create it. A deactivated account signs
 * in no way. An address without an account may: its bénéficiaire account is created at the first sign-in.
 */
enum AccesParCourriel {

    OUVERT,
    /** A professional who owns a passkey: the passkey only. */
    CLE_ACCES_SEULEMENT,
    COMPTE_DESACTIVE;

    static AccesParCourriel pour(Optional<Compte> compte, boolean possedeCleAcces) {
        if (compte.isEmpty()) {
            return OUVERT;
        }
        if (!compte.get().actif()) {
            return COMPTE_DESACTIVE;
        }
        return compte.get().role().estProfessionnel() && possedeCleAcces ? CLE_ACCES_SEULEMENT : OUVERT;
    }
}
