package fr.portailcep.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class JournalPreuvesTest {

    private static final UUID DOCUMENT = UUID.randomUUID();

    private static EntreePreuve entree(long numero, String precedente, String detail) {
        var sans = new EntreePreuve(numero, "TEST", DOCUMENT, 1, ActePreuve.REFUS, UUID.randomUUID(),
                RoleSignataire.BENEFICIAIRE, null, null, null, null, null, null, null, null, null, null, detail,
                Instant.parse("2026-11-24T10:00:00.123456Z"), precedente, null);
        return avecEmpreinte(sans, sans.empreinteCalculee());
    }

    private static EntreePreuve avecEmpreinte(EntreePreuve e, String empreinte) {
        return new EntreePreuve(e.numero(), e.sorte(), e.documentId(), e.version(), e.acte(), e.compteId(), e.role(),
                e.methode(), e.manifeste(), e.clientDataJson(), e.authenticatorData(), e.signature(),
                e.credentialId(), e.clePublique(), e.flags(), e.compteurSignature(), e.enrolement(), e.detail(),
                e.horodatage(), e.empreintePrecedente(), empreinte);
    }

    private static List<EntreePreuve> chaine(int n) {
        var entrees = new ArrayList<EntreePreuve>();
        var precedente = EntreePreuve.ORIGINE;
        for (int i = 1; i <= n; i++) {
            var e = entree(i, precedente, "{\"motif\":\"raison " + i + "\"}");
            entrees.add(e);
            precedente = e.empreinte();
        }
        return entrees;
    }

    @Test
    void une_chaine_juste_tient() {
        assertThat(JournalPreuves.chaineIntacte(chaine(4), EntreePreuve.ORIGINE)).isTrue();
    }

    @Test
    void un_contenu_modifie_casse_son_empreinte() {
        var entrees = chaine(3);
        var e = entrees.get(1);
        entrees.set(1, new EntreePreuve(e.numero(), e.sorte(), e.documentId(), e.version(), e.acte(), e.compteId(),
                e.role(), e.methode(), e.manifeste(), e.clientDataJson(), e.authenticatorData(), e.signature(),
                e.credentialId(), e.clePublique(), e.flags(), e.compteurSignature(), e.enrolement(),
                "{\"motif\":\"autre raison\"}", e.horodatage(), e.empreintePrecedente(), e.empreinte()));
        assertThat(entrees.get(1).empreinteJuste()).isFalse();
        assertThat(JournalPreuves.chaineIntacte(entrees, EntreePreuve.ORIGINE)).isFalse();
    }

    @Test
    void une_entree_recalculee_apres_modification_casse_le_lien_suivant() {
        var entrees = chaine(3);
        var e = entrees.get(1);
        var modifiee = new EntreePreuve(e.numero(), e.sorte(), e.documentId(), e.version(), e.acte(), e.compteId(),
                e.role(), e.methode(), e.manifeste(), e.clientDataJson(), e.authenticatorData(), e.signature(),
                e.credentialId(), e.clePublique(), e.flags(), e.compteurSignature(), e.enrolement(),
                "{\"motif\":\"autre raison\"}", e.horodatage(), e.empreintePrecedente(), null);
        entrees.set(1, avecEmpreinte(modifiee, modifiee.empreinteCalculee()));
        assertThat(entrees.get(1).empreinteJuste()).isTrue();
        assertThat(JournalPreuves.chaineIntacte(entrees, EntreePreuve.ORIGINE)).isFalse();
    }

    @Test
    void une_entree_retiree_ou_une_fourche_se_voit() {
        var entrees = chaine(3);
        entrees.remove(1);
        assertThat(JournalPreuves.chaineIntacte(entrees, EntreePreuve.ORIGINE)).isFalse();
        var fourche = chaine(2);
        fourche.add(entree(2, fourche.get(0).empreinte(), "{\"motif\":\"fourche\"}"));
        assertThat(JournalPreuves.chaineIntacte(fourche, EntreePreuve.ORIGINE)).isFalse();
    }

    @Test
    void le_json_porte_l_empreinte_et_le_contenu_canonique_ne_la_porte_pas() {
        var e = chaine(1).getFirst();
        assertThat(e.contenuCanonique()).doesNotContain("\"empreinte\":");
        assertThat(e.json()).contains("\"empreinte\":\"" + e.empreinte() + "\"");
        assertThat(e.json()).contains("\"horodatage\":\"2026-11-24T10:00:00.123456Z\"");
    }
}
