package fr.portailcep.compte;

import java.time.Instant;

/** What became of a code typed or a link opened. */
public sealed interface Verification {

    /** Accepted: the ticket signs the person in once, within two minutes, through {@code POST /login/ott}. */
    record Valide(String ticket) implements Verification {
    }

    record Incorrect(int essaisRestants) implements Verification {
    }

    /** Too many wrong codes in a row: the next try is looked at only after this time. */
    record Patienter(Instant jusqua) implements Verification {
    }

    /** Five wrong codes: this code is dead, a new one must be asked. */
    record Bloque() implements Verification {
    }

    /**
     * Too many wrong codes for this address lately, whatever code they were typed against: sign-in by email is
     * suspended for the address until this time (passkeys still work).
     */
    record Verrouillee(Instant jusqua) implements Verification {
    }

    record Expire() implements Verification {
    }

    record DejaUtilise() implements Verification {
    }

    /** No such code or link (mistyped link, or a link for another address). */
    record Inconnu() implements Verification {
    }
}
