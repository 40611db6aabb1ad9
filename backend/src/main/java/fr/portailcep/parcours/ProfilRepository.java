package fr.portailcep.parcours;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProfilRepository extends JpaRepository<ProfilBeneficiaire, UUID> {
}
