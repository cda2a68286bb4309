// The resources of this library are compiled in by qt_add_resources; this translation unit
// gives the static library something to hold them together.
namespace nov {
int resourcesVersion() {
    return 1;
}
} // namespace nov
