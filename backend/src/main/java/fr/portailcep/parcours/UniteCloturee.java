package fr.portailcep.parcours;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit of work (UO1, UO2.1 or UO2.2) was closed, whatever the way: a livrable signed by everyone, the written wish
 * to close, or an abandon at the end of its period. Published in the transaction that closes it, once per closing,
 * so that what hangs on a closing (the satisfaction survey, issue 11) is created with it or not at all.
 *
 * @param conseillerId the conseiller who engaged the unit
 * @param siteId the site the dossier is attached to, or null
 */
public record UniteCloturee(UUID beneficiaireId, UUID uniteId, UniteOeuvre uo, MotifCloture motif,
        UUID conseillerId, UUID siteId, LocalDate closeLe, Instant maintenant) {
}
