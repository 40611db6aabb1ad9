package fr.portailcep.compte;

import java.time.Instant;

/**
 * A passkey of a person, as shown on their account page.
 *
 * @param id the credential id (base64url), used to revoke it
 * @param synchronisee true when the passkey is backed up by the phone's password manager (iCloud, Google…)
 */
public record CleAcces(String id, String libelle, Instant creeeLe, Instant derniereUtilisation,
        boolean synchronisee) {
}
