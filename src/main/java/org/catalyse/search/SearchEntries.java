package org.catalyse.search;

import org.springframework.data.jpa.repository.JpaRepository;

interface SearchEntries extends JpaRepository<SearchEntry, String> {}
