package fr.portailcep.aiguillage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.portailcep.compte.OrigineRequete;
import fr.portailcep.operateur.OperateurService;
import fr.portailcep.parcours.NumerotationDossiers;
import fr.portailcep.parcours.UniteOeuvre;
import fr.portailcep.rendezvous.ContexteDemande;
import fr.portailcep.shared.Systeme;
import fr.portailcep.shared.Textes;
import fr.portailcep.shared.limites.ActionLimitee;
import fr.portailcep.shared.limites.Limiteur;

/**
 * Records each aiguillage with its national dossier number (UO0), tells who fits the person best, and hands the
 * request over to the booking. Open to everybody: no account is needed to ask for help.
 */
@Service
public class AiguillageService {

    private final AiguillageRepository aiguillages;
    private final NumerotationDossiers numerotation;
    private final OperateurService operateurs;
    private final Textes textes;
    private final Clock horloge;
    private final Limiteur limiteur;

    AiguillageService(AiguillageRepository aiguillages, NumerotationDossiers numerotation,
            OperateurService operateurs, Textes textes, Clock horloge,
            Limiteur limiteur) {
        this.limiteur = limiteur;
        this.aiguillages = aiguillages;
        this.numerotation = numerotation;
        this.operateurs = operateurs;
        this.textes = textes;
        this.horloge = horloge;
    }

    /** What came of answers submitted on the portal. */
    public sealed interface EnLigne {
    }

    /** What came of the answers: the record, and the advice given. */
    public record Resultat(Aiguillage aiguillage, RegleOrientation.Conseil conseil) implements EnLigne {
    }

    /** Too many aiguillages lately from this network (or from all): nothing recorded, no number used. */
    public record TropDeDemandes(Instant reessayerApres) implements EnLigne {
    }

    /**
     * Records an aiguillage answered by the person on the portal. Each one uses a national UO0 number (999,999 a
     * month for the operator): they are limited per network address and over all networks.
     *
     * @throws IllegalArgumentException if the answers are incomplete ({@link Reponses#erreurs()})
     */
    @Transactional
    public EnLigne enregistrerEnLigne(Reponses reponses, OrigineRequete origine) {
        if (!reponses.erreurs().isEmpty()) {
            throw new IllegalArgumentException("Réponses incomplètes : " + reponses.erreurs().keySet());
        }
        var limite = limiteur.consommer(ActionLimitee.AIGUILLAGE, null, origine.adresseReseau());
        if (limite.isPresent()) {
            return new TropDeDemandes(limite.get());
        }
        return enregistrer(reponses, ModeContact.EN_LIGNE, null);
    }

    /**
     * Records an aiguillage, whatever its outcome.
     *
     * @param realisePar the conseiller who took the call, if any
     * @throws IllegalArgumentException if the answers are incomplete ({@link Reponses#erreurs()})
     */
    @Systeme
    @Transactional
    public Resultat enregistrer(Reponses reponses, ModeContact mode, UUID realisePar) {
        if (!reponses.erreurs().isEmpty()) {
            throw new IllegalArgumentException("Réponses incomplètes : " + reponses.erreurs().keySet());
        }
        var region = operateurs.operateur().flatMap(o -> Regions.departementsDe(o.region()));
        var conseil = RegleOrientation.orienter(reponses, region);
        var maintenant = horloge.instant();
        var date = maintenant.atZone(reponses.territoire().fuseauHoraire()).toLocalDate();
        var numero = numerotation.attribuer(UniteOeuvre.UO0, date);
        var aiguillage = aiguillages.saveAndFlush(new Aiguillage(numero.valeur(), maintenant, reponses, conseil, mode,
                realisePar));
        return new Resultat(aiguillage, conseil);
    }

    /** The person chooses to book here although another operator was advised. */
    @Transactional
    public Aiguillage poursuivre(UUID aiguillageId) {
        var aiguillage = aiguillages.findById(aiguillageId).orElseThrow();
        if (!aiguillage.poursuite()) {
            aiguillage.poursuivreIci();
        }
        return aiguillage;
    }

    @Transactional(readOnly = true)
    public Optional<Aiguillage> parId(UUID id) {
        return aiguillages.findById(id);
    }

    /** What the booking needs from this aiguillage: territory, first contact, a summary for the conseiller. */
    public ContexteDemande contexte(Aiguillage a) {
        return new ContexteDemande(a.id(), a.numeroDossier(), a.territoire(), a.realiseLe(), a.modeContact().canal(),
                resume(a));
    }

    /** "Changer de métier · Salarié(e) du privé, non cadre · 26 à 49 ans · Domicile 67000". */
    public String resume(Aiguillage a) {
        var parties = new ArrayList<String>();
        parties.add(textes.get("aiguillage.motif." + a.motif().name()));
        var situation = new StringBuilder(textes.get("aiguillage.resume.situation." + a.situation().name()));
        a.employeur().ifPresent(e -> situation.append(' ').append(textes.get("aiguillage.resume.employeur." + e.name())));
        a.cadre().ifPresent(c -> situation.append(", ").append(textes.get(c ? "aiguillage.resume.cadre"
                : "aiguillage.resume.noncadre")));
        parties.add(situation.toString());
        parties.add(textes.get("aiguillage.age." + a.trancheAge().name()));
        if (a.handicap()) {
            parties.add(textes.get("aiguillage.resume.handicap"));
        }
        parties.add(textes.get("aiguillage.resume.domicile", a.codePostalDomicile()));
        a.codePostalTravail().ifPresent(cp -> parties.add(textes.get("aiguillage.resume.travail", cp)));
        return String.join(" · ", parties);
    }

    /** The aiguillages of a period, and how many went to each orientation (for the manager). */
    public record Bilan(List<Aiguillage> aiguillages, Map<Orientation, Long> parOrientation, long poursuivisIci) {
    }

    @PreAuthorize("hasRole('MANAGER')")
    @Transactional(readOnly = true)
    public Bilan bilan(LocalDate du, LocalDate au) {
        var liste = aiguillages.findByDateInteractionBetweenOrderByRealiseLeDesc(du, au);
        var parOrientation = new EnumMap<Orientation, Long>(Orientation.class);
        liste.forEach(a -> parOrientation.merge(a.orientationProposee(), 1L, Long::sum));
        return new Bilan(liste, parOrientation, liste.stream().filter(Aiguillage::poursuite).count());
    }
}
