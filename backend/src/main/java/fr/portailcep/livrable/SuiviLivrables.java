package fr.portailcep.livrable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.parcours.Libelle;
import fr.portailcep.parcours.SourceUrgences;
import fr.portailcep.parcours.UniteAbandonnee;
import fr.portailcep.parcours.Urgence;
import fr.portailcep.signature.DocumentASigner.EtatSignataire;

/**
 * What the parcours asks of the livrables and tells them: the conseiller's caseload shows the livrables waiting
 * for a signature (or refused by a signer), and a unit closed as abandon makes its unsigned livrable caduc.
 */
@Component
class SuiviLivrables implements SourceUrgences {

    /** A livrable submitted this many days ago without every signature shows as due in the caseload. */
    static final int RELANCE_SIGNATURE_JOURS = 7;

    private final LivrableRepository livrables;
    private final Clock horloge;

    SuiviLivrables(LivrableRepository livrables, Clock horloge) {
        this.livrables = livrables;
        this.horloge = horloge;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Urgence> urgences(UUID conseillerId, Set<UUID> suivis, LocalDate aujourdhui) {
        if (suivis.isEmpty()) {
            return List.of();
        }
        return livrables.enSignaturePour(suivis).stream().map(l -> {
            var courante = l.courante();
            var soumise = LocalDate.ofInstant(courante.soumiseLe().orElse(l.creeLe()), horloge.getZone());
            var refusee = courante.signataires().stream().anyMatch(s -> s.etat() == EtatSignataire.REFUSE);
            var titre = Libelle.de("livrable.titre." + l.type().name());
            return new Urgence(l.beneficiaireId(), Urgence.Type.LIVRABLE_A_SIGNER,
                    refusee ? aujourdhui : soumise.plusDays(RELANCE_SIGNATURE_JOURS),
                    refusee ? Libelle.de("livrable.urgence.refuse", titre)
                            : Libelle.de("livrable.urgence.signature", titre, soumise));
        }).toList();
    }

    /** The job closed a unit as abandon: its livrable, unless signed, becomes caduc (same transaction). */
    @EventListener
    public void uniteAbandonnee(UniteAbandonnee fait) {
        for (var livrable : livrables.findByUniteId(fait.uniteId())) {
            if (livrable.rendreCaduc()) {
                livrables.save(livrable);
            }
        }
    }
}
