#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace nov {

// An error a person can read: what went wrong, on which record/row/field, and what to do.
struct Error {
    QString message; // what went wrong, one sentence
    QString where;   // record, row or field it concerns (may be empty)
    QString hint;    // what the user can do about it (may be empty)
    QString detail;  // technical detail for the log (driver text), not shown by default
    // Another writer got in the way (lock timeout, serialization failure, deadlock): running
    // the whole transaction again may succeed (db::Transaction retries its begin by itself).
    bool retryable = false;

    QString toText() const {
        QString text = message;
        if (!where.isEmpty())
            text += QStringLiteral(" [") + where + QLatin1Char(']');
        if (!hint.isEmpty())
            text += QLatin1Char('\n') + hint;
        return text;
    }
};

// Either a value or an Error; services and the store return it instead of throwing.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_value(std::move(value)) {}
    Result(Error error)
        : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result without a value.
class [[nodiscard]] Status {
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace nov

// Returns the Error of a failed Status/Result expression from the enclosing function.
#define NOV_RETURN_IF_ERROR(expr)                                                                  \
    do {                                                                                           \
        if (auto nov_status_ = (expr); !nov_status_)                                               \
            return nov_status_.error();                                                            \
    } while (false)
