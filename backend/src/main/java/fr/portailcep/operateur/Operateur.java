package fr.portailcep.operateur;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The regional CEP operator. Its two-character code, given by France compétences, opens every national dossier
 * number ({@code OO AA MM UU XXXXXX}); its lot names its region in the accord-cadre (1 Île-de-France … 18 Mayotte).
 */
@Entity
@Table(name = "operateur")
public class Operateur {

    @Id
    private String code;

    private String nom;

    private int lot;

    private String region;

    private String telephone;

    @Column(name = "site_web")
    private String siteWeb;

    protected Operateur() {
    }

    public Operateur(String code, String nom, int lot, String region, String telephone, String siteWeb) {
        if (code == null || !code.matches("[A-Z0-9]{2}")) {
            throw new IllegalArgumentException("Le code opérateur compte deux caractères alphanumériques");
        }
        if (lot < 1 || lot > 19) {
            throw new IllegalArgumentException("Le lot va de 1 à 19");
        }
        this.code = code;
        this.nom = nom;
        this.lot = lot;
        this.region = region;
        this.telephone = telephone;
        this.siteWeb = siteWeb;
    }

    public String code() {
        return code;
    }

    public String nom() {
        return nom;
    }

    public int lot() {
        return lot;
    }

    /** "Lot05", as in purchase-order references {@code AAAA-Lotww-UOxx-yy-zzzzz}. */
    public String lotReference() {
        return "Lot%02d".formatted(lot);
    }

    public String region() {
        return region;
    }

    public String telephone() {
        return telephone;
    }

    public String siteWeb() {
        return siteWeb;
    }
}
