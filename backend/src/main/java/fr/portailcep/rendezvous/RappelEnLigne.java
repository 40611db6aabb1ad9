package fr.portailcep.rendezvous;

import java.time.Instant;

/**
 * What the page may say after a call-back request on the portal: as for a booking, the same answer whether the
 * address is a bénéficiaire's or a staff member's; the courriel to the address says the rest.
 */
public sealed interface RappelEnLigne {

    /** A courriel went to the address with the answer (the date by which a conseiller calls, or why not). */
    record Envoye(String email, String telephone) implements RappelEnLigne {
    }

    /** Too many call-back requests lately from this address or this network: nothing was done. */
    record TropDeDemandes(Instant reessayerApres) implements RappelEnLigne {
    }
}
