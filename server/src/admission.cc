#include "admission.h"

namespace hemeroteca {

std::optional<Admission::Turn> Admission::enter() {
  std::unique_lock lock(mutex_);
  if (running_ >= workers_) {
    if (waiting_ >= queue_) return std::nullopt;
    ++waiting_;
    turn_free_.wait(lock, [this] { return running_ < workers_; });
    --waiting_;
  }
  ++running_;
  return Turn(*this);
}

void Admission::leave() {
  {
    std::lock_guard lock(mutex_);
    --running_;
  }
  turn_free_.notify_one();
}

unsigned Admission::running() const {
  std::lock_guard lock(mutex_);
  return running_;
}

unsigned Admission::waiting() const {
  std::lock_guard lock(mutex_);
  return waiting_;
}

}  // namespace hemeroteca
