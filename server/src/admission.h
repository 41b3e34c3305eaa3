// Admission: how many requests run at once and how many may wait for a turn.
//
// At most `workers` requests run; up to `queue` more wait (in arrival order is not promised)
// for one of them to finish; any request beyond that is refused at once, so that a burst costs
// a 503 with Retry-After instead of unbounded memory and latency. A waiting request holds one
// of Poco's connection threads but does no work; the server sizes Poco's pool for the workers,
// the queue and some spare threads that answer the refusals.
//
// Thread-safety: all methods may be called from many threads at once.
#pragma once

#include <condition_variable>
#include <mutex>
#include <optional>

namespace hemeroteca {

class Admission {
 public:
  Admission(unsigned workers, unsigned queue) : workers_(workers), queue_(queue) {}

  // A running request's turn; the next waiting request starts when it is destroyed.
  class Turn {
   public:
    explicit Turn(Admission& admission) : admission_(&admission) {}
    Turn(Turn&& other) noexcept : admission_(other.admission_) { other.admission_ = nullptr; }
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;
    Turn& operator=(Turn&&) = delete;
    ~Turn() {
      if (admission_) admission_->leave();
    }

   private:
    Admission* admission_;
  };

  // A turn, after waiting while all workers are busy; nothing when the queue is full too.
  std::optional<Turn> enter();

  unsigned running() const;
  unsigned waiting() const;

 private:
  void leave();

  const unsigned workers_;
  const unsigned queue_;
  mutable std::mutex mutex_;
  std::condition_variable turn_free_;
  unsigned running_ = 0;
  unsigned waiting_ = 0;
};

}  // namespace hemeroteca
