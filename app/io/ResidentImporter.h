#pragma once

#include "HouseholdRepository.h"
#include "io/HousingLookup.h"
#include "io/Importer.h"
#include "io/KeySet.h"

#include <QSet>

namespace nov {

// Residents registries: each row a person with the old apartment they live in. People of one
// old apartment form one household; buildings and apartments unknown so far are created when
// the row gives what they need (floor, rooms, areas). A person already stored (same name,
// birth date and apartment) is skipped; one whose SNILS or passport belongs to someone else
// is refused.
class ResidentImporter : public Importer {
public:
    ResidentImporter(db::Database &db, const QDate &today);

    static QList<ImportField> describe();
    QList<ImportField> fields() const override { return describe(); }
    QStringList storedColumns() const override;
    Status prepare() override;
    Outcome importRow(const ImportRow &row, QList<Problem> &problems, QStringList &stored) override;
    bool setBulkWriter(db::BulkWriter *writer) override;

    // М/Ж, M/F, муж/жен, male/female; null when not understood.
    static QChar sexFrom(const QString &text);
    // The sex a Russian patronymic implies (…вич/…ич: M, …вна/…чна/…кызы: F), or null.
    static QChar sexFromPatronymic(const QString &patronymic);
    // head, spouse, … from Russian or English words; empty when not understood.
    static QString relationFrom(const QString &text);

private:
    static quint64 personKey(const QString &nameKey, const QDate &birth, qint64 apartmentId);
    static quint64 caseKey(const QString &caseNumber);
    bool caseNumberTaken(const QString &caseNumber);

    db::Database &m_db;
    QDate m_today;
    HousingLookup m_housing;
    db::HouseholdRepository m_households;
    KeySet m_people;                     // personKey of everyone stored
    KeySet m_snils;                      // as numbers
    KeySet m_passports;                  // as numbers
    QHash<qint64, qint64> m_householdOf; // old apartment → household
    QSet<QString> m_caseNumbers;         // given in this file
    KeySet m_storedCases;                // caseKey of the households stored before
    db::BulkWriter *m_writer = nullptr;
    // With a writer the ids are given here: the last id of each table so far.
    qint64 m_lastBuilding = 0, m_lastApartment = 0, m_lastHousehold = 0, m_lastResident = 0;
    QString m_importedNote; // the households' first event, translated once
};

} // namespace nov
